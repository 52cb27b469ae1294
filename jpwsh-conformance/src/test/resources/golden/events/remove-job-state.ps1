# Remove-Job -State removes the jobs in that state, stopping running ones even without -Force; the error for an unfinished job says how it was named.
$a = Register-EngineEvent -SourceIdentifier A -Action { }
$b = Register-EngineEvent -SourceIdentifier B -Action { }
$null = New-Event A
Remove-Job -Name B -ErrorAction SilentlyContinue
"by name: $($Error[0].Exception.Message.Replace("ID $($b.Id) ", 'ID <id> '))"
Remove-Job -Id $b.Id -ErrorAction SilentlyContinue
"by id: $($Error[0].Exception.Message.Replace("ID $($b.Id) ", 'ID <id> '))"
Remove-Job -State Running
"running removed: $(@(Get-Job).Count) $($a.State) subscribers: $((Get-EventSubscriber).SourceIdentifier)"
Remove-Job -State NotStarted
"left: $(@(Get-Job).Count) $($b.State)"
