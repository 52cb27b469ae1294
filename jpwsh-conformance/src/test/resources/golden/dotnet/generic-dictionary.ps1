# Dictionary[K,V] is case-sensitive by default, keeps insertion order here, and supports TryGetValue.
$d = [System.Collections.Generic.Dictionary[string, int]]::new()
$d['a'] = 1
$d.Add('b', 2)
$d['c'] = '3'
$d.Count
$d.Keys -join ','
$d.ContainsKey('A')
$value = 0
$d.TryGetValue('b', [ref]$value)
$value
$d.TryGetValue('zz', [ref]$value)
try { $d.Add('a', 9) } catch { $_.FullyQualifiedErrorId }
