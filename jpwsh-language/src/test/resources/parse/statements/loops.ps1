while ($i -lt 10) { $i++ }
do { $i-- } while ($i -gt 0)
do { $i++ } until ($i -ge 10)
for ($i = 0; $i -lt 10; $i++) { $i }
for (;;) { break }
foreach ($item in $list) { $item }
foreach ($n in 1..3) { continue }
:outer foreach ($a in 1..3) { foreach ($b in 1..3) { break outer } }
:loop while ($true) { continue loop }
