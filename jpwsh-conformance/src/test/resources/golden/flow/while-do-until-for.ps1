# while tests before each pass, do-while and do-until after, and for runs its three clauses.
$n = 0
while ($n -lt 3) { $n++ }
$n
do { $n-- } while ($n -gt 10)
$n
do { $n += 2 } until ($n -ge 6)
$n
for (($i = 0), ($j = 10); $i -lt 3; $i++, $j--) { "$i/$j" }
