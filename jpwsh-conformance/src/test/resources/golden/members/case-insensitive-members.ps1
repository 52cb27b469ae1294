# Property and method names, and hashtable keys used as properties, are case-insensitive.
'abc'.length
'abc'.TOUPPER()
$h = @{ Key = 1 }
$h.key
$h.KEY + 1
[pscustomobject]@{ Name = 'n' } | ForEach-Object { $_.NAME }
