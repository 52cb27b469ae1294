# [hashtable]::Synchronized wraps a hashtable in a thread-safe one that shares its entries.
$inner = @{}
$shared = [hashtable]::Synchronized($inner)
$shared.IsSynchronized
$inner.IsSynchronized
$shared.Name = 'Qui'
$shared['Tokens'] = 5
$shared.Tokens = $shared.Tokens + 2
$shared.Tokens
$inner.Count
$shared.Count
