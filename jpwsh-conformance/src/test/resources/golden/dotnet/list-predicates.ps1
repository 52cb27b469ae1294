# List[T] methods that take a predicate or a comparison accept script blocks as delegates.
$list = [System.Collections.Generic.List[int]]::new()
$list.AddRange([int[]](5, 3, 8, 1))
$list.Find({ param($x) $x -gt 4 })
$list.FindIndex({ param($x) $x -eq 8 })
($list.FindAll({ param($x) $x % 2 -eq 1 })) -join ','
$list.Exists({ param($x) $x -gt 7 })
$list.TrueForAll({ param($x) $x -gt 0 })
$list.Sort({ param($a, $b) $a - $b })
$list -join ','
$list.RemoveAll({ param($x) $x -lt 4 })
$list -join ','
$list.IndexOf('8')
