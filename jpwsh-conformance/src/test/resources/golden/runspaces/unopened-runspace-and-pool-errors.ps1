# Invoking on a runspace or pool that is not open fails at once with pwsh's state messages; the method error's id is the inner exception's type name (InvalidRunspaceStateException), as for any .NET method
$rs = [runspacefactory]::CreateRunspace()
$ps = [powershell]::Create()
$ps.Runspace = $rs
$null = $ps.AddScript('1')
foreach ($call in { $ps.Invoke() }, { $ps.BeginInvoke() }, { $ps.InvokeAsync() }) {
    try { $null = & $call; 'no error' } catch {
        $_.FullyQualifiedErrorId
        $_.Exception.InnerException.GetType().FullName
        $_.Exception.InnerException.Message
    }
}
$pool = [runspacefactory]::CreateRunspacePool()
$ps2 = [powershell]::Create()
$ps2.RunspacePool = $pool
$null = $ps2.AddScript('1')
try { $null = $ps2.Invoke() } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.InnerException.Message
}
$rs.Open()
$ps.Invoke()
$rs.Dispose()
try { $null = $ps.Invoke() } catch { $_.Exception.InnerException.Message }
