# Remove-Job refuses an event job that is still subscribed, unless -Force; after Unregister-Event it goes.
$first = Register-EngineEvent -SourceIdentifier One -Action { }
$second = Register-EngineEvent -SourceIdentifier Two -Action { }
"jobs: $(@(Get-Job).Count)"
Remove-Job -InstanceId $first.InstanceId -ErrorAction SilentlyContinue
"refused: $($Error[0].FullyQualifiedErrorId)"
Unregister-Event -SourceIdentifier One
Remove-Job -InstanceId $first.InstanceId
"jobs: $(@(Get-Job).Count) $((Get-Job).Name)"
Remove-Job -Id $second.Id -Force
"jobs: $(@(Get-Job).Count) subscribers: $(@(Get-EventSubscriber).Count) state: $($second.State)"
Get-Job -Id $second.Id -ErrorAction SilentlyContinue
"missing: $($Error[0].FullyQualifiedErrorId)"
