# $null on the left of + gives the right operand; with - it counts as zero; with * the result is $null.
$null + 5
$null + 'x'
5 + $null
'x' + $null
$null - 5
$null -eq ($null * 3)
