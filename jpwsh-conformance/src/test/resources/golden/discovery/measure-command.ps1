# Measure-Command runs its block in the caller's scope, once per input with $_ set, discards the output and returns a TimeSpan
$t = Measure-Command { 'discarded'; $inner = 42 }
$t.GetType().FullName
$t -ge [timespan]::Zero
"inner=$inner"
$seen = @()
$t2 = 1..3 | Measure-Command -Expression { $seen += $_ * 10 }
$t2.GetType().Name
$seen -join ','
$count = 0
$null = Measure-Command { $count++ }
"count=$count"
(Measure-Command { Start-Sleep -Milliseconds 50 }).TotalMilliseconds -ge 40
try { Measure-Command } catch { $_.FullyQualifiedErrorId }
try { Measure-Command { throw 'inside' } } catch { 'caught ' + $_.Exception.Message }
