# Assigning a list to several variables spreads it, the last variable taking the rest; assignments chain.
$a, $b = 1, 2, 3
$a
$b -join ','
$x, $y = 'only'
$x
$null -eq $y
$p = $q = 4
$p + $q
