# (Get-Date) - $start gives a TimeSpan whose deterministic properties can be printed.
$start = Get-Date
$total = 0
foreach ($i in 1..1000) { $total += $i }
$elapsed = (Get-Date) - $start
$total
$elapsed -is [timespan]
$elapsed.TotalSeconds -lt 60
[math]::Round($elapsed.TotalSeconds, 2) -ge 0
