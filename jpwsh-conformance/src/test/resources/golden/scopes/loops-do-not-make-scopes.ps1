# Loops and if blocks do not create scopes: their variables stay visible afterwards.
foreach ($i in 1..3) { $last = $i }
$i
$last
if ($true) { $inIf = 'yes' }
$inIf
for ($j = 0; $j -lt 2; $j++) { }
$j
