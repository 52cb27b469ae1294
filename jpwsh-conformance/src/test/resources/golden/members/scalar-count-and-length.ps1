# Every scalar has an intrinsic Count and Length of 1, $null has 0, and a string keeps its own Length.
(5).Count
(5).Length
'abc'.Count
'abc'.Length
$null.Count
$nothing.Length
