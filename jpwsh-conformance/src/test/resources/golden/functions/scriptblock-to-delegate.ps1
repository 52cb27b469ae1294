# A script block converts to a .NET delegate type such as Func or Comparison.
$triple = [Func[int, int]] { param($x) $x * 3 }
$triple.Invoke(4)
$list = [System.Collections.Generic.List[int]]::new()
$list.AddRange([int[]](3, 1, 2))
$list.Sort([Comparison[int]] { param($a, $b) $b.CompareTo($a) })
$list -join ','
