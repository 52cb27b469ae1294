# Another runspace signals this one with $runspace.Events.GenerateEvent; Wait-Event returns the queued event.
$target = [runspace]::DefaultRunspace
$worker = [runspacefactory]::CreateRunspace()
$worker.Open()
$ps = [powershell]::Create()
$ps.Runspace = $worker
$null = $ps.AddScript({
    param($target)
    Start-Sleep -Milliseconds 100
    $null = $target.Events.GenerateEvent('WorkDone', $null, 'Work finished', 42)
}).AddArgument($target)
$handle = $ps.BeginInvoke()
$event = Wait-Event -SourceIdentifier WorkDone -Timeout 10
"source: $($event.SourceIdentifier)"
"args: $($event.SourceArgs -join ',')"
"data: $($event.MessageData)"
"same runspace: $($event.RunspaceId -eq $target.InstanceId)"
"still queued: $(@(Get-Event -SourceIdentifier WorkDone).Count)"
Remove-Event -SourceIdentifier WorkDone
"after remove: $(@(Get-Event).Count)"
$ps.EndInvoke($handle)
$ps.Dispose()
$worker.Dispose()
