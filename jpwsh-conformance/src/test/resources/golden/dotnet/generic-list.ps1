# List[T] converts added items to T and keeps them in order.
$list = [System.Collections.Generic.List[int]]::new()
$list.Add(5)
$list.Add('7')
$list.Insert(0, 1)
$list -join ','
$list.Count
$list.Contains(7)
$list[1].GetType().Name
try { $list.Add('x') } catch { 'not an int' }
$list.Remove(5)
$list -join ','
