# [List[T]]::new(n) and [ArrayList]::new(n) make empty lists with room for n (not a list holding n); Capacity grows as .NET's lists grow it, can be set, and TrimExcess; a negative or too small capacity is .NET's ArgumentOutOfRangeException
$l = [System.Collections.Generic.List[int]]::new(10); "$($l.Count) $($l.Capacity)"
$e = [System.Collections.Generic.List[string]]::new(); "$($e.Count) $($e.Capacity)"
$e.Add('a'); $e.Capacity
1..4 | ForEach-Object { $e.Add("$_") }; "$($e.Count) $($e.Capacity)"
$e.AddRange([string[]]@('x') * 20); "$($e.Count) $($e.Capacity)"
$e.Clear(); "$($e.Count) $($e.Capacity)"
$e.TrimExcess(); $e.Capacity
$c = [System.Collections.Generic.List[int]]::new([int[]](1, 2, 3)); "$($c.Count) $($c.Capacity)"
$c.Capacity = 10; $c.Capacity
try { $c.Capacity = 1 } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
try { [System.Collections.Generic.List[int]]::new(-1) } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
$a = [System.Collections.ArrayList]::new(5); "$($a.Count) $($a.Capacity)"
[void]$a.Add(1); $a.Capacity
$l=[System.Collections.Generic.List[int]]::new(); $l.Add(1); try { $l.AddRange([object[]](2, "x")) } catch { "failed" }; $l.Count
