# Receive-Job -Keep leaves an event job's output in place for the next Receive-Job; without -Keep it is taken out, and HasMoreData stays true until the job stops.
$job = Register-EngineEvent -SourceIdentifier Keep -Action { "kept $($Event.EventIdentifier)" }
$null = New-Event Keep
"first: $(Receive-Job $job -Keep)"
"second: $(Receive-Job -Id $job.Id -Keep)"
"drained: $(Receive-Job -Name Keep)"
"after: $(@(Receive-Job $job).Count) $($job.HasMoreData)"
Unregister-Event Keep
"stopped: $($job.HasMoreData)"
Remove-Job $job
