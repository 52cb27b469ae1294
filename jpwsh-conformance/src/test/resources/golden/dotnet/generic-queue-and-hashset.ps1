# Generic Queue[T] and HashSet[T] work like their .NET counterparts; HashSet.Add reports whether it added.
$q = [System.Collections.Generic.Queue[string]]::new()
$q.Enqueue('x')
$q.Enqueue('y')
$q.Dequeue()
$q.Count
$set = [System.Collections.Generic.HashSet[string]]::new()
$set.Add('a')
$set.Add('a')
$set.Add('A')
$set.Count
$ci = [System.Collections.Generic.HashSet[string]]::new([System.StringComparer]::OrdinalIgnoreCase)
$null = $ci.Add('a')
$ci.Add('A')
$ci.Contains('A')
