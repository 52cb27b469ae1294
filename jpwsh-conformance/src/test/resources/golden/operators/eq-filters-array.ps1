# With an array on the left, -eq returns the matching elements instead of a boolean.
$r = 1, 2, 3, 2 -eq 2
$r.Count
$r -join ','
(1, 2, 3 -gt 1) -join ','
$none = (5, 6) -eq 7
$none.GetType().Name
$none.Count
