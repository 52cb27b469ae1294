# InitialSessionState.ExecutionPolicy: Windows scripts often set Bypass. On Linux pwsh 7 has no execution policies
# (SecuritySupport.SetExecutionPolicy throws PlatformNotSupportedException there), so a runspace or pool built
# from a session state that sets one fails to open and ends Broken. Leaving it unset opens normally.
$iss = [initialsessionstate]::CreateDefault()
"default policy: $($iss.ExecutionPolicy)"
$iss.ExecutionPolicy = [Microsoft.PowerShell.ExecutionPolicy]::Bypass
"set to: $($iss.ExecutionPolicy)"

$rs = [runspacefactory]::CreateRunspace($iss)
try { $rs.Open() } catch { $_.Exception.Message }
"runspace: $($rs.RunspaceStateInfo.State) ($($rs.RunspaceStateInfo.Reason.GetType().FullName))"
$rs.Dispose()

$pool = [runspacefactory]::CreateRunspacePool(1, 2, $iss, $Host)
try { $pool.Open() } catch { $_.Exception.InnerException.GetType().FullName }
"pool: $($pool.RunspacePoolStateInfo.State)"
$pool.Dispose()

$fresh = [runspacefactory]::CreateRunspace([initialsessionstate]::CreateDefault())
$fresh.Open()
"unset: $($fresh.RunspaceStateInfo.State)"
$fresh.Dispose()
