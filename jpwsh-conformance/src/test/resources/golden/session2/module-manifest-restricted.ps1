# A module manifest is read in restricted language: a command other than the permitted ones, or a variable other than the default ones, $PSScriptRoot, $PSEdition, $EnabledExperimentalFeatures and $env: ones, makes Import-Module and Test-ModuleManifest fail with Modules_InvalidManifest
$d = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $d
Set-Content "$d/command.psd1" "@{ ModuleVersion = '1.0'; Author = (Get-Date) }"
Set-Content "$d/variable.psd1" "@{ ModuleVersion = '1.0'; Author = `$env:HOME; Description = `$x }"
Set-Content "$d/allowed.psd1" "@{ ModuleVersion = '1.0'; Author = `$PSScriptRoot; CompanyName = `$true; Copyright = `$PSEdition; Description = (Join-Path a b) }"
foreach ($f in 'command', 'variable', 'allowed') {
    try {
        $m = Test-ModuleManifest "$d/$f.psd1" -ErrorAction Stop
        "$f test: $($m.Author -eq $d) $($m.CompanyName) $($m.Copyright) $($m.Description)"
    } catch {
        "$f test: $($_.FullyQualifiedErrorId)"
        $_.Exception.Message.Replace($d, '<dir>')
    }
    try { Import-Module "$d/$f.psd1" -ErrorAction Stop; "$f import: loaded" } catch { "$f import: $($_.FullyQualifiedErrorId)" }
}
Remove-Module allowed
if ($d) { Remove-Item -Recurse -Force $d }
