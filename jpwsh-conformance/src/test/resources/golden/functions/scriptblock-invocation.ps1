# Script blocks take parameters and run with &, with ., or through Invoke() and InvokeReturnAsIs().
$sb = { param($x, $y = 10) $x + $y }
& $sb 1 2
& $sb 1
. $sb 2
$sb.Invoke(5, 5)
$sb.Invoke(1, 1).GetType().Name
$sb.InvokeReturnAsIs(1, 1).GetType().Name
