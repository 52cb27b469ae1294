# Spec 5.2: a batch (AddStatement) goes on after a throw when invoked synchronously, but BeginInvoke without settings follows the runspace's $ErrorActionPreference, so Stop ends it Failed.
$rs = [runspacefactory]::CreateRunspace(); $rs.Open()
$rs.SessionStateProxy.SetVariable('ErrorActionPreference', 'Stop')
$ps = [powershell]::Create(); $ps.Runspace = $rs
[void]$ps.AddScript('throw "first"').AddStatement().AddScript('"second ran"')
$h = $ps.BeginInvoke()
try { $ps.EndInvoke($h) } catch { "async stopped: $($_.Exception.InnerException.Message)" }
$ps.InvocationStateInfo.State
$ps.Invoke()
$ps.InvocationStateInfo.State
$rs.Dispose()
