# Stop-Job on an event job ends its subscription and the job is Stopped; -PassThru writes every job it was given, stopped or already finished.
$a = Register-EngineEvent -SourceIdentifier Alpha -Action { "alpha $($Event.EventIdentifier)" }
$b = Register-EngineEvent -SourceIdentifier Beta -Action { }
$c = Register-EngineEvent -SourceIdentifier Gamma -Action { }
$null = New-Event Alpha
"before: $($a.State) subscribers: $(@(Get-EventSubscriber).Count)"
Stop-Job -Name Alpha
"alpha: $($a.State) $($a.HasMoreData) subscribers: $((Get-EventSubscriber).SourceIdentifier -join ',')"
$null = New-Event Alpha
"queued: $((Get-Event).SourceIdentifier)"
"received: $(Receive-Job $a)"
$passed = Stop-Job -Id $b.Id, $a.Id -PassThru
"passthru: $(($passed | ForEach-Object { "$($_.Name)=$($_.State)" }) -join ' ')"
$c | Stop-Job
"gamma: $($c.State) subscribers: $(@(Get-EventSubscriber).Count)"
Stop-Job -Name Nope -ErrorAction SilentlyContinue
"missing: $($Error[0].FullyQualifiedErrorId)"
Get-Job | Remove-Job
Get-Event | Remove-Event
