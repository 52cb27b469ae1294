# The generic collections' constructors that take a comparer: keys or items the comparer equates are one, and a key keeps its first spelling
$d = [System.Collections.Generic.Dictionary[string,object]]::new([StringComparer]::OrdinalIgnoreCase)
$d['Name'] = 1
$d['NAME'] = 2
"$($d.Count) $($d['name']) $($d.ContainsKey('nAmE')) $($d.Keys -join ',')"
try { $d.Add('name', 3) } catch { 'Add of an equal key fails' }
$null = $d.Remove('NAME')
"after remove: $($d.Count)"
$exact = [System.Collections.Generic.Dictionary[string,int]]::new()
$exact['a'] = 1; $exact['A'] = 2
"exact: $($exact.Count)"
$sized = [System.Collections.Generic.Dictionary[string,int]]::new(16, [StringComparer]::OrdinalIgnoreCase)
$sized['Q'] = 7
"sized: $($sized['q'])"
$copy = [System.Collections.Generic.Dictionary[string,int]]::new($sized, [StringComparer]::Ordinal)
"copy: $($copy.ContainsKey('q')) $($copy.ContainsKey('Q'))"
$value = 0
"TryGetValue: $($sized.TryGetValue('q', [ref]$value)) $value"
$set = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
"$($set.Add('x')) $($set.Add('X')) $($set.Count)"
$filled = [System.Collections.Generic.HashSet[string]]::new([string[]]@('a', 'A', 'b'), [StringComparer]::OrdinalIgnoreCase)
"filled: $($filled.Count)"
$table = [hashtable]::new([StringComparer]::Ordinal)
$table['a'] = 1; $table['A'] = 2
"hashtable: $($table.Count)"
