# Closing a runspace runs the actions of events still waiting for it (its PowerShell.Exiting action among them) before it is Closed, then stops their jobs.
$rs = [runspacefactory]::CreateRunspace()
$rs.Open()
$ps = [powershell]::Create()
$ps.Runspace = $rs
$null = $ps.AddScript({
    Register-EngineEvent -SourceIdentifier Work -Action { "work $($Event.SourceArgs[0])" }
    Register-EngineEvent -SourceIdentifier PowerShell.Exiting -Action { 'exiting' }
})
$work, $exiting = $ps.Invoke()
foreach ($i in 1..5) { $null = $rs.Events.GenerateEvent('Work', $null, @($i), $null) }
$rs.Close()
"work: $((Receive-Job $work) -join ',')"
"exiting: $(Receive-Job $exiting)"
"states: $($work.State) $($exiting.State) $($rs.RunspaceStateInfo.State)"
$ps.Dispose()
$rs.Dispose()
