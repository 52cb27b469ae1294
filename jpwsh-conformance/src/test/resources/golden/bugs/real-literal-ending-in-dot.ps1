# A number ending in a dot is a real ([double]), also with an exponent; two dots are still the range operator
$a = 20.
"$a $($a.GetType().Name)"
(1.e2).GetType().Name
1.e2
(1..3) -join ','
$n = 5.
$n / 2
Write-Output 7.
