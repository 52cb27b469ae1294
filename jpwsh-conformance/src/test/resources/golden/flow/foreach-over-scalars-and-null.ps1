# foreach runs once for a scalar and not at all for $null.
foreach ($x in 5) { "scalar $x" }
foreach ($x in $null) { 'never' }
$count = 0
foreach ($x in @()) { $count++ }
$count
