# System.Linq.Enumerable with script block delegates: Where, Select, Count, Any, All, First, Range, Distinct, Reverse, Skip, Take, ToList and the empty-sequence error
$a = [int[]](1..6)
[System.Linq.Enumerable]::Where($a, [Func[int,bool]]{ param($v) $v % 2 -eq 0 }) -join ','
[Linq.Enumerable]::Select($a, [Func[int,int]]{ param($v) $v * 10 }) -join ','
[Linq.Enumerable]::Count($a, [Func[int,bool]]{ param($v) $v -gt 4 })
[Linq.Enumerable]::Any($a), [Linq.Enumerable]::All($a, [Func[int,bool]]{ param($v) $v -gt 0 })
[Linq.Enumerable]::First($a, [Func[int,bool]]{ param($v) $v -gt 2 })
[Linq.Enumerable]::Range(5, 3) -join ','
[Linq.Enumerable]::Distinct([object[]](1,1,2)) -join ','
[Linq.Enumerable]::Reverse($a) -join ','
[Linq.Enumerable]::Take([Linq.Enumerable]::Skip($a, 2), 2) -join ','
try { [Linq.Enumerable]::First(@()) } catch { $_.Exception.InnerException.GetType().Name; $_.Exception.InnerException.Message }
$l = [Linq.Enumerable]::ToList($a); $l.GetType().Name; $l.Count
