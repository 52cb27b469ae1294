# A module whose body fails, imported inside try: Import-Module reports the body's errors and the script goes on; with -ErrorAction Stop the catch gets the error
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-bugs18-module-" + [guid]::NewGuid())
if (-not $dir.Contains('jpwsh-bugs18-module-')) { throw 'no temporary folder' }
$null = [System.IO.Directory]::CreateDirectory($dir)
$module = [System.IO.Path]::Combine($dir, 'Failing.psm1')
[System.IO.File]::WriteAllText($module, "function Before { 'before' }`nWrite-Error 'body error'`nno-such-command-b18`nfunction After { 'after' }`n")
try {
    try {
        $errors = Import-Module $module 2>&1
        'import returned'
        $errors | ForEach-Object { $_.FullyQualifiedErrorId }
    } catch {
        "caught: $($_.FullyQualifiedErrorId)"
    }
    'script goes on'
    try {
        Import-Module $module -ErrorAction Stop 2>$null
        'not reached'
    } catch {
        "caught with Stop: $($_.FullyQualifiedErrorId)"
    }
} finally {
    [System.IO.Directory]::Delete($dir, $true)
}
