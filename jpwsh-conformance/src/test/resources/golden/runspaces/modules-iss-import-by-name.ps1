# Spec 3.2: InitialSessionState.ImportPSModule takes module names found on $env:PSModulePath when the runspace opens (pwsh's own module names import nothing and fail nothing); an unknown name leaves the runspace Opened without the module, or with ThrowOnRunspaceOpenError fails Open with RunspaceOpenModuleLoadException, whose ErrorRecords hold Import-Module's Modules_ModuleNotFound error.
#! process: own
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-modules-' + [guid]::NewGuid())
$folder = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($root, 'Greeter')).FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($folder, 'Greeter.psm1'), @'
function Get-Greeting { param($Name) "Hello, $Name" }
'@)
$env:PSModulePath = $root + [System.IO.Path]::PathSeparator + $env:PSModulePath

$iss = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$iss.ImportPSModule(@('Greeter', 'Microsoft.PowerShell.Utility'))
$iss.ThrowOnRunspaceOpenError = $true
"modules to import: $($iss.Modules -join ', ')"
$ps = [powershell]::Create($iss)
"in a runspace: $($ps.AddScript('Get-Greeting runspace; (Get-Module Greeter).Name').Invoke() -join ' / ')"
$ps.Runspace.Dispose()

$pool = [runspacefactory]::CreateRunspacePool(1, 2, $iss, $Host)
$pool.Open()
$jobs = 1..2 | ForEach-Object {
    $shell = [powershell]::Create()
    $shell.RunspacePool = $pool
    [void]$shell.AddScript("Get-Greeting pool$_")
    [pscustomobject]@{ Shell = $shell; Handle = $shell.BeginInvoke() }
}
$jobs | ForEach-Object { $_.Shell.EndInvoke($_.Handle) }
$pool.Dispose()

$bad = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$bad.ImportPSModule('NoSuchModule')
$lenient = [runspacefactory]::CreateRunspace($bad)
$lenient.Open()
"lenient: $($lenient.RunspaceStateInfo.State)"
$bad.ThrowOnRunspaceOpenError = $true
$strict = [runspacefactory]::CreateRunspace($bad)
try { $strict.Open() } catch {
    $failure = $_.Exception.InnerException
    "strict: $($failure.GetType().Name), $($failure.ErrorRecords.Count) error"
    $failure.ErrorRecords[0].FullyQualifiedErrorId
    $failure.ErrorRecords[0].Exception.Message
}
"strict: $($strict.RunspaceStateInfo.State)"
$lenient.Dispose()
$strict.Dispose()
[System.IO.Directory]::Delete($root, $true)
