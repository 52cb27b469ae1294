# New-Event queues events with sequential ids; Get-Event and Wait-Event leave them queued, Remove-Event takes them out.
$a = New-Event -SourceIdentifier Alpha -MessageData first
$b = New-Event -SourceIdentifier Beta
$c = New-Event -SourceIdentifier Alpha -MessageData third
"ids: $($a.EventIdentifier) $($b.EventIdentifier) $($c.EventIdentifier)"
"alpha: $((Get-Event -SourceIdentifier Alpha).MessageData -join ',')"
"wildcard: $(@(Get-Event -SourceIdentifier A*).Count) all: $(@(Get-Event).Count)"
"by id: $((Get-Event -EventIdentifier 2).SourceIdentifier)"
"wait: $((Wait-Event).EventIdentifier) $((Wait-Event -SourceIdentifier Beta).EventIdentifier)"
"timeout: $(@(Wait-Event -SourceIdentifier Gamma -Timeout 1).Count)"
Remove-Event -EventIdentifier 1
"after remove by id: $((Get-Event).EventIdentifier -join ',')"
Remove-Event -SourceIdentifier Alpha
"after remove by source: $((Get-Event).EventIdentifier -join ',')"
Get-Event -SourceIdentifier Alpha -ErrorAction SilentlyContinue
"missing: $($Error[0].FullyQualifiedErrorId)"
"type: $($b.GetType().FullName) computer: $($null -eq $b.ComputerName)"
Remove-Event -SourceIdentifier *
"left: $(@(Get-Event).Count)"
