# A type constraint on a variable converts every later assignment, and rejects what cannot convert.
[int]$n = '5'
$n + 1
$n = 7.6
$n
$n.GetType().Name
try { $n = 'abc' } catch { 'conversion failed' }
$n
