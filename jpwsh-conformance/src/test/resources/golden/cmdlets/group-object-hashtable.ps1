# Group-Object -AsHashTable returns a hashtable from group key to its items.
$h = 'a', 'b', 'a' | Group-Object -AsHashTable
$h.GetType().Name
$h.Keys.Count
$h['a'].Count
$h['b'][0]
