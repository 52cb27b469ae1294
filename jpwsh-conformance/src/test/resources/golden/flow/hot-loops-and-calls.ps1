# Loops and functions that run long enough to move to compiled code in the middle of a run give what the interpreted ones give: sums, continue, break out of a labelled loop, a return from a hot function, a caught error after the switch, and $? after it.
$sum = 0
for ($i = 0; $i -lt 3000; $i++) { if ($i % 2) { continue }; $sum += $i }
"for: $sum $i"
$n = 0
while ($true) { $n++; if ($n -ge 2500) { break } }
"while: $n"
$found = $null
:outer for ($a = 0; $a -lt 100; $a++) {
    for ($b = 0; $b -lt 100; $b++) {
        if ($a * $b -eq 2400) { $found = "$a*$b"; break outer }
    }
}
"labelled: $found"
function Get-Square($x) { if ($x -lt 0) { return 'negative' }; $x * $x }
$total = 0
$negative = 0
for ($k = -5; $k -lt 200; $k++) {
    $r = Get-Square $k
    if ($r -is [int]) { $total += $r } else { $negative++ }
}
"calls: $total $negative"
$j = 0
do { $j += 3 } while ($j -lt 5000)
"do: $j"
$errors = 0
for ($m = 0; $m -lt 2000; $m++) {
    try { if ($m -eq 1500) { throw "stop at $m" } } catch { $errors++; "caught: $_" }
}
"errors: $errors"
$s = 0
foreach ($v in 1..3000) { $s += $v }
"foreach: $s"
$x = 0
for ($q = 0; $q -lt 1100; $q++) { $x = $q }
"after: $x $?"
