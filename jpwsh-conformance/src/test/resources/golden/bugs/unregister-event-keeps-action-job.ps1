# Unregister-Event stops an event's action job but leaves it in Get-Job, as pwsh does; Remove-Job removes it
$job = Register-EngineEvent -SourceIdentifier Bugs18.Event -Action { 'handled' }
"registered: $((Get-Job -Name Bugs18.Event).State)"
Unregister-Event -SourceIdentifier Bugs18.Event
$listed = Get-Job -Name Bugs18.Event
"after unregister: $(@($listed).Count) $($listed.State) $($job.State)"
@(Get-EventSubscriber -SourceIdentifier Bugs18.Event -ErrorAction SilentlyContinue).Count
Remove-Job $job
"after remove: $(@(Get-Job -Name Bugs18.Event -ErrorAction SilentlyContinue).Count)"
