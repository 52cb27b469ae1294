# A type before a member or index target converts the value and assigns it; the target keeps no constraint
$h = @{}
[int]$h.x = "5"
"$($h.x) $($h.x.GetType().Name)"
$h.x = "text"
$h.x.GetType().Name
$o = [pscustomobject]@{ a = 1 }
[string]$o.a = 7
"$($o.a) $($o.a.GetType().Name)"
$list = 1, 2
[double]$list[0] = "2.5"
"$($list[0]) $($list[0].GetType().Name)"
try { [int]$h.y = "abc" } catch { $_.FullyQualifiedErrorId }
"y present: $($h.ContainsKey('y'))"
