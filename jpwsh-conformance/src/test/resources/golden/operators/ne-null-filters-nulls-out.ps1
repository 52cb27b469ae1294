# -ne $null on an array keeps the elements that are not $null.
$a = 1, $null, 2, $null, 3
($a -ne $null).Count
($a -eq $null).Count
$null -eq $a
