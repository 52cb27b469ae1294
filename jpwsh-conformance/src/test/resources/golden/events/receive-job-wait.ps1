# Receive-Job -Wait writes an event job's output until the job has finished, -AutoRemoveJob then removes it; -AutoRemoveJob and -Force need -Wait, which refuses -Keep.
$job = Register-EngineEvent -SourceIdentifier Twice -MaxTriggerCount 2 -Action { "run $($Event.EventIdentifier)" }
$null = New-Event Twice
$null = New-Event Twice
Receive-Job $job -Wait -AutoRemoveJob
"state: $($job.State) listed: $(@(Get-Job).Count)"
$later = Register-EngineEvent -SourceIdentifier Later -Action { }
$ps = [powershell]::Create()
$null = $ps.AddScript({ param($job) Start-Sleep -Milliseconds 300; $job.StopJob() }).AddArgument($later)
$handle = $ps.BeginInvoke()
Receive-Job $later -Wait -WriteJobInResults | ForEach-Object { "got: $($_.GetType().Name) $($_.State)" }
"after the wait: $($later.State)"
$ps.EndInvoke($handle)
$ps.Dispose()
try { Receive-Job $job -AutoRemoveJob } catch { "autoremove: $($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Receive-Job $job -Force } catch { "force: $($_.FullyQualifiedErrorId)" }
try { Receive-Job $job -Wait -Keep } catch { "keep: $($_.FullyQualifiedErrorId)" }
Get-Job | Remove-Job
