# Loops that only compute with int and double variables keep pwsh's arithmetic when they run long: an int sum that overflows becomes a double, ++ past [int]::MaxValue widens, doubles and ints mix, and the variables hold their last values after the loop
function Sum-To($n) { $s = 0; for ($i = 1; $i -le $n; $i++) { $s += $i }; $s }
$total = Sum-To 100000
$total
$total.GetType().Name
$small = Sum-To 2000
$small
$small.GetType().Name

$k = [int]::MaxValue - 1500
for ($n = 0; $n -lt 3000; $n++) { $k++ }
"$k $($k.GetType().Name) $n $($n.GetType().Name)"

$down = 1500
while ($down -ne -1500) { $down-- }
$down

$x = 0.5
for ($j = 0; $j -lt 5000; $j++) { $x = $x * 1.0001 + 1 }
[math]::Round($x, 6)

$m = 0
for ($a = 0; $a -lt 3000; $a += 1) { $m = $m + $a * $a - 1 }
"$m $($m.GetType().Name)"

$prod = 1
for ($p = 1; $p -le 40; $p++) { $prod *= 3 }
"$prod $($prod.GetType().Name)"

$d = 10.0
for ($q = 0; $q -lt 3000; $q++) { $d -= 0.001 }
[math]::Round($d, 9)

$flip = 0
for ($u = 0; $u -lt 3000; $u++) { $flip = 1.5; $flip = 2 }
"$flip $($flip.GetType().Name)"

for ($v = 5; $v -gt 0.5; $v--) { }
$v

$limit = 2500
function Count-Below { $c = 0; while ($c -lt $limit) { $c++ }; $c }
Count-Below

[int]$typed = 0
for ($t = 0; $t -lt 2000; $t++) { $typed += 1.6 }
"$typed $($typed.GetType().Name)"

$w = 0
for ($r = 0; $r -lt 2000; $r++) { $w += $r }
$?
"$w $r"
