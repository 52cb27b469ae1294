# Arrays answer System.Array's own methods (Clone, GetValue, SetValue, GetLength, bounds, CopyTo) and IList's Contains and IndexOf, which compare without conversion; the array's own method wins over calling one on each element.
$a = 1, 2, 3
$b = $a.Clone()
$b[0] = 9
"$a | $b"
([int[]](4, 5)).Clone().GetType().FullName
$a.GetValue(1)
$a.Contains(2)
$a.Contains('2')
$a.IndexOf(3)
$a.IndexOf(7)
"$($a.GetLength(0)) $($a.GetLowerBound(0)) $($a.GetUpperBound(0))"
$c = [object[]]::new(5)
$a.CopyTo($c, 1)
"[$($c -join ',')]"
$a.SetValue(8, 2)
"$a"
try { $a.GetValue(5) } catch { $_.Exception.Message }
('abc', 'de').Contains('a')
