# A hashtable exposes Keys, Values, Count, ContainsKey and index access with several keys.
$h = @{ a = 1; b = 2; c = 3 }
$h.Count
$h.ContainsKey('b')
$h.ContainsKey('z')
($h.Keys | Sort-Object) -join ','
($h.Values | Measure-Object -Sum).Sum
$h['a', 'c'] -join ','
$h.b
