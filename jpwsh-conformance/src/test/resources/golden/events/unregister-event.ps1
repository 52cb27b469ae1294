# Unregister-Event ends a subscription: its job stops but stays listed, and later events are queued instead.
$null = Register-EngineEvent -SourceIdentifier Ping -Action { Write-Host "ping $($Event.EventIdentifier)" }
$sub = Get-EventSubscriber -SourceIdentifier Ping
"subscribers: $(@(Get-EventSubscriber).Count) id=$($sub.SubscriptionId) action=$($null -ne $sub.Action)"
$null = New-Event Ping
Unregister-Event -SubscriptionId $sub.SubscriptionId
"subscribers: $(@(Get-EventSubscriber).Count)"
"job: $($sub.Action.State) listed=$(@(Get-Job).Count)"
$null = New-Event Ping
"queued: $((Get-Event).SourceIdentifier)"
Unregister-Event -SourceIdentifier Ping -ErrorAction SilentlyContinue
"error: $($Error[0].FullyQualifiedErrorId)"
Get-Event | Remove-Event
Get-Job | Remove-Job
