# A script that stops its own invocation, or closes its own runspace. In pwsh's source (LocalPipeline.StopHelper)
# the call then waits on the pipeline's own thread for that pipeline to finish, so it hangs; jpwsh stops the
# script at that call instead: the invocation ends Stopped with the output written before it, and the runspace
# goes on to Closed.
$rs = [runspacefactory]::CreateRunspace()
$rs.Open()
$ps = [powershell]::Create($rs).AddScript('"before"; [runspace]::DefaultRunspace.Close(); "after"')
$ps.Invoke()
"invocation: $($ps.InvocationStateInfo.State)"
$waited = 0
while ($rs.RunspaceStateInfo.State -ne 'Closed' -and $waited -lt 250) { Start-Sleep -Milliseconds 20; $waited++ }
"runspace: $($rs.RunspaceStateInfo.State)"
$rs.Dispose()

$self = [powershell]::Create()
$null = $self.AddScript({ param($me) 'start'; $me.Stop(); 'not reached' }).AddArgument($self)
$self.Invoke()
"self-stopped invocation: $($self.InvocationStateInfo.State)"
$self.Dispose()
