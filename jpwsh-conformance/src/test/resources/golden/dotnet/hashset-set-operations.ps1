# HashSet[T] converts items to T and offers .NET's set operations; a comparer decides which strings are equal.
$set = [System.Collections.Generic.HashSet[int]]::new()
$set.Add('3')
$set.Contains(3)
$set.UnionWith([int[]](1, 2, 3))
$set.Count
$set.IsSupersetOf([int[]](1, 2))
$set.Overlaps([int[]](7, 2))
$set.IntersectWith([int[]](2, 3, 4))
($set | Sort-Object) -join ','
$set.ExceptWith([int[]](3))
$set -join ','
$set.SetEquals([int[]](2))
$names = [System.Collections.Generic.HashSet[string]]::new([string[]]('b', 'a'), [System.StringComparer]::OrdinalIgnoreCase)
$names.Contains('B')
$names.Add('A')
