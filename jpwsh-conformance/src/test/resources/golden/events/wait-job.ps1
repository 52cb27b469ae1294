# Wait-Job writes an event job once it has finished (here its subscription ends after -MaxTriggerCount events); for a running one -Timeout ends the wait with no output and no error.
$once = Register-EngineEvent -SourceIdentifier Once -MaxTriggerCount 1 -Action { 'once' }
$ongoing = Register-EngineEvent -SourceIdentifier Ongoing -Action { }
$null = New-Event Once
$done = Wait-Job $once
"waited: $($done.Name) $($done.State)"
$Error.Clear()
$start = [datetime]::Now
$none = @(Wait-Job $ongoing -Timeout 1)
$elapsed = ([datetime]::Now - $start).TotalSeconds
"timeout: output=$($none.Count) errors=$($Error.Count) waited=$($elapsed -ge 0.9)"
"zero: $(@(Wait-Job $once -Timeout 0).Count)"
"any: $((Wait-Job -Id $ongoing.Id, $once.Id -Any).Name)"
"all: $(@(Wait-Job -Name On* -Timeout 1).Count)"
Stop-Job $ongoing
"all stopped: $((Wait-Job -Name On* | ForEach-Object Name) -join ',')"
Get-Job | Remove-Job
