# Every RunspaceFactory overload: without a host a runspace gets the Default Host, with $Host it shares the
# console's; without an InitialSessionState it gets CreateDefault(). Null arguments are refused by name.
$iss = [initialsessionstate]::CreateDefault()
$iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('marker', 'from iss', ''))
$runspaces = [ordered]@{
    'none'      = [runspacefactory]::CreateRunspace()
    'host'      = [runspacefactory]::CreateRunspace($Host)
    'iss'       = [runspacefactory]::CreateRunspace($iss)
    'host, iss' = [runspacefactory]::CreateRunspace($Host, $iss)
}
foreach ($overload in $runspaces.Keys) {
    $rs = $runspaces[$overload]
    $rs.Open()
    $result = [powershell]::Create($rs).AddScript('"{0} / marker: {1}" -f $Host.Name, $marker').Invoke()
    "${overload}: $result"
    $rs.Dispose()
}

$pools = [ordered]@{
    '()'              = [runspacefactory]::CreateRunspacePool()
    '(1, 3)'          = [runspacefactory]::CreateRunspacePool(1, 3)
    '(iss)'           = [runspacefactory]::CreateRunspacePool($iss)
    '(1, 2, host)'    = [runspacefactory]::CreateRunspacePool(1, 2, $Host)
    '(1, 2, iss, host)' = [runspacefactory]::CreateRunspacePool(1, 2, $iss, $Host)
}
foreach ($overload in $pools.Keys) {
    $pool = $pools[$overload]
    $pool.Open()
    $ps = [powershell]::Create()
    $ps.RunspacePool = $pool
    $result = $ps.AddScript('"{0} / marker: {1}" -f $Host.Name, $marker').Invoke()
    "pool ${overload}: min $($pool.GetMinRunspaces()) max $($pool.GetMaxRunspaces()): $result"
    $pool.Dispose()
}

foreach ($call in { [runspacefactory]::CreateRunspace($null, $iss) },
                  { [runspacefactory]::CreateRunspacePool([System.Management.Automation.Runspaces.InitialSessionState] $null) },
                  { [runspacefactory]::CreateRunspacePool(1, 2, $null, $Host) }) {
    try { & $call } catch { $_.Exception.InnerException.GetType().Name + ': ' + $_.Exception.InnerException.Message }
}
