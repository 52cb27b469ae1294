# Seed 000's named-pipe runspace, to this process's own pipe: $PID and a custom object come back deserialized with PSComputerName, RunspaceId and PSShowComputerName; errors and state follow
#! timeout: 30
$ci = [System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID)
$ci.ComputerName
$ci.OpenTimeout
$ci.ProcessId -eq $PID
$rs = [runspacefactory]::CreateRunspace($ci)
$rs.RunspaceStateInfo.State
$rs.Open()
$rs.RunspaceStateInfo.State
$rs.RunspaceIsRemote
$ps = [powershell]::Create()
$ps.Runspace = $rs
$remotePid = $ps.AddScript('$PID').Invoke()
$remotePid[0] -eq $PID
$remotePid[0].PSComputerName
$o = [powershell]::Create()
$o.Runspace = $rs
$r = $o.AddScript('[pscustomobject]@{ Name = "remote"; Size = 2 }').Invoke()[0]
$r.Name
$r.Size
$r.PSComputerName
$r.PSShowComputerName
$r.RunspaceId -eq $rs.InstanceId
$r.pstypenames[0]
$e = [powershell]::Create()
$e.Runspace = $rs
$e.AddScript('Write-Error "bad"; "after"').Invoke()
$e.HadErrors
$e.Streams.Error.Count
"$($e.Streams.Error[0])"
$f = [powershell]::Create()
$f.Runspace = $rs
try { $f.AddScript('throw "boom"').Invoke() } catch { $_.Exception.InnerException.Message }
$f.InvocationStateInfo.State
$rs.Close()
$rs.RunspaceStateInfo.State
