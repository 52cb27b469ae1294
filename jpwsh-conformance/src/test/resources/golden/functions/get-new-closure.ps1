# GetNewClosure() captures the current values of variables, so later changes do not reach the closure.
$counter = 1
$sb = { "value $counter" }
$closure = $sb.GetNewClosure()
$counter = 2
& $sb
& $closure
function New-Adder($n) { { param($x) $x + $n }.GetNewClosure() }
$add5 = New-Adder 5
$add7 = New-Adder 7
& $add5 10
& $add7 10
