# Adding to an array makes a new, longer array; multiplying an array repeats it.
$a = 1, 2
$b = $a + 3
$a.Count
$b.Count
$b -join ','
($a * 3) -join ','
$c = $a + @(4, 5)
$c.Count
