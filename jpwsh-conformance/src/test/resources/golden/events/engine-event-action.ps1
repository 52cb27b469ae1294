# Register-EngineEvent -Action: the action runs before the next statement and sees $Event, $args and $Sender.
$job = Register-EngineEvent -SourceIdentifier Tick -Action {
    param($first, $second)
    Write-Host "action: $($Event.SourceIdentifier) $first $second sender=$Sender data=$($Event.MessageData)"
    "output of event $($Event.EventIdentifier)"
}
"job: $($job.Name) $($job.State) $($job.HasMoreData) [$($job.PSJobTypeName)]"
$null = New-Event -SourceIdentifier Tick -Sender me -EventArguments 1, 2 -MessageData data
"after the event: $($job.State) $($job.HasMoreData)"
"queued: $(@(Get-Event).Count)"
Receive-Job -Job $job
"received again: $(@(Receive-Job -Job $job).Count)"
$listed = Get-Job | Where-Object Name -eq Tick
"listed: $($listed.Id -eq $job.Id) $($listed.Command.Trim().Split([char]10)[0].Trim())"
Unregister-Event -SourceIdentifier Tick
"after unregister: $($job.State)"
Remove-Job -Job $job
