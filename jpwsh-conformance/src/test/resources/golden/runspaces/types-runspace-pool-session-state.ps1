# Seed 003 (Runspace Fundamentals, "Runspace Types"): a runspace, a pool of 1 to 5 and a runspace built from a default ISS with a custom variable
# Single Runspace (default PowerShell execution)
$Runspace = [runspacefactory]::CreateRunspace()
$Runspace.Open()
"runspace: $($Runspace.RunspaceStateInfo.State)"
# Runspace Pool for multiple parallel operations
$RunspacePool = [runspacefactory]::CreateRunspacePool(1, 5)
$RunspacePool.Open()
"pool: $($RunspacePool.RunspacePoolStateInfo.State), $($RunspacePool.GetMinRunspaces()) to $($RunspacePool.GetMaxRunspaces()), available $($RunspacePool.GetAvailableRunspaces())"
# Initial Session State for custom environments
$ISS = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
"default ISS language mode: $($ISS.LanguageMode)"
$ISS.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new("MyVar", "MyValue", "Custom variable"))
$entry = $ISS.Variables | Where-Object Name -eq 'MyVar'
"entry: $($entry.Name) = $($entry.Value) ($($entry.Description))"
$CustomRunspace = [runspacefactory]::CreateRunspace($ISS)
"custom runspace: $($CustomRunspace.RunspaceStateInfo.State)"
$CustomRunspace.Open()
$ps = [powershell]::Create()
$ps.Runspace = $CustomRunspace
$ps.AddScript('"MyVar in the custom runspace: $MyVar"').Invoke()
$ps.Dispose()
foreach ($r in $Runspace, $CustomRunspace) { $r.Dispose() }
$RunspacePool.Dispose()
"pool after Dispose(): $($RunspacePool.RunspacePoolStateInfo.State)"
