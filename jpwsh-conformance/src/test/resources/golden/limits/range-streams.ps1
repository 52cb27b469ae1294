# A range that a pipeline or a foreach statement enumerates is made one number at a time (1..1e9 returns at once); a range as a value is an array.
$clock = [System.Diagnostics.Stopwatch]::StartNew()
1..1e9 | Select-Object -First 3
foreach ($i in 1..1e9) { if ($i -gt 3) { break }; "foreach $i" }
(3..1 | ForEach-Object { $_ * 10 }) -join ','
foreach ($c in 'a'..'c') { $c }
"at once: $($clock.Elapsed.TotalSeconds -lt 5)"
$r = 1..5
"$($r.GetType().FullName) $($r.Count) $($r[4])"
$x = 1..10 | Select-Object -First 2 | ForEach-Object { $_ * 2 }
$x -join ','
