# SortedDictionary, SortedList and SortedSet keep their keys or items in order, by the comparer given or by
# the invariant culture's; ConcurrentDictionary takes a comparer too
$d = [System.Collections.Generic.SortedDictionary[string,int]]::new()
$d['b'] = 2; $d['a'] = 1; $d.Add('C', 3)
"$($d.Keys -join ',') / $($d.Values -join ',') / $($d.Count) $($d.ContainsKey('a')) $($d['b'])"
$null = $d.Remove('b')
$d.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }
try { $d.Add('a', 9) } catch { 'duplicate key refused' }
$o = [System.Collections.Generic.SortedDictionary[string,int]]::new([StringComparer]::Ordinal)
$o['b'] = 1; $o['B'] = 2; $o['a'] = 3
$o.Keys -join ','
$l = [System.Collections.Generic.SortedList[string,object]]::new([StringComparer]::OrdinalIgnoreCase)
$l['x'] = 1; $l['X'] = 2; $l['a'] = 0
"$($l.Count) $($l.Keys -join ',') $($l['x']) $($l.IndexOfKey('X')) $($l.IndexOfKey('q'))"
$s = [System.Collections.Generic.SortedSet[int]]::new()
$s.Add(5), $s.Add(1), $s.Add(5), $s.Add(3) -join ','
"$($s.Count) $($s.Min) $($s.Max) $($s -join ',') $($s.Contains(3))"
$null = $s.Remove(3)
$s -join ','
$t = [System.Collections.Generic.SortedSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
$t.Add('b'), $t.Add('A'), $t.Add('a') -join ','
$t -join ','
$u = [System.Collections.Generic.SortedSet[string]]::new()
$u.Add('b'), $u.Add('B'), $u.Add('a') -join ','
$u -join ','
$c = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new([StringComparer]::OrdinalIgnoreCase)
$c['k'] = 1; $c['K'] = 2
"$($c.Count) $($c['k']) $($c.Keys) $($c.ContainsKey('K')) $($c.TryAdd('K', 5))"
$c2 = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new(4, 16, [StringComparer]::OrdinalIgnoreCase)
$c2['a'] = 1; $c2['A'] = 2; $c2.Count
$h = [System.Collections.Generic.Dictionary[string,int]]::new()
$h['x'] = 1; $h['y'] = 2
$c3 = [System.Collections.Concurrent.ConcurrentDictionary[string,int]]::new($h, [StringComparer]::OrdinalIgnoreCase)
"$($c3.Count) $($c3['X'])"
