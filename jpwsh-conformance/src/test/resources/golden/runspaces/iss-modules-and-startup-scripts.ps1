# Spec 3.2: ImportPSModule and StartupScripts run when the runspace opens; a missing module leaves the runspace Opened unless ThrowOnRunspaceOpenError, which makes Open throw RunspaceOpenModuleLoadException and the runspace Broken.
$iss = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$iss.ImportPSModule("$PSScriptRoot/_greeter-module.ps1")
[void]$iss.StartupScripts.Add("$PSScriptRoot/_startup.ps1")
$ps = [powershell]::Create($iss)
[void]$ps.AddScript('Get-Greeting jpwsh; $startupRan')
$ps.Invoke()
$bad = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$bad.ImportPSModule(@('NoSuchModule'))
$lenient = [runspacefactory]::CreateRunspace($bad)
$lenient.Open()
$lenient.RunspaceStateInfo.State
$bad.ThrowOnRunspaceOpenError = $true
$strict = [runspacefactory]::CreateRunspace($bad)
try { $strict.Open() } catch { $_.Exception.InnerException.GetType().Name }
$strict.RunspaceStateInfo.State
$lenient.Dispose(); $strict.Dispose(); $ps.Runspace.Dispose()
