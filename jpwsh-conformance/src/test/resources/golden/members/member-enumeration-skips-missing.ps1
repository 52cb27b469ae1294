# Member enumeration as pwsh's binder does it: a hashtable without the key and an object without the member give
# nothing (not $null), a custom object without the property gives $null, a $null element gives nothing, and an element
# that is a collection without the member is looked into.
$fromTables = @(@{ Name = 'a' }, @{ Other = 'b' }, @{ Name = $null }).Name
$fromTables.Count
$null -eq $fromTables[1]
$mixed = @(1, [pscustomobject]@{ Name = 'c' }, 'text').Name
$mixed
$nested = @(@{ Name = 'd' }, @(@{ Name = 'e' }, @{ Name = 'f' }), $null).Name
$nested -join ','
$customs = @([pscustomobject]@{ Name = 'g' }, [pscustomobject]@{ Size = 1 }).Name
$customs.Count
$null -eq (1, 2).Name
