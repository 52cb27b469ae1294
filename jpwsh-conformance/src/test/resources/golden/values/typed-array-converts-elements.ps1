# A typed array converts what is stored into it; adding to it makes a new object array.
$a = [int[]](1, 2, 3)
$a.GetType().FullName
$a[0] = '42'
$a[0].GetType().Name
$a[0] + 1
try { $a[1] = 'abc' } catch { 'cannot store abc' }
$a -join ','
[int[]]$b = 1.6, '7'
$b -join ','
($a + 4).GetType().Name
(1, 2) -is [int[]]
$a -is [int[]]
