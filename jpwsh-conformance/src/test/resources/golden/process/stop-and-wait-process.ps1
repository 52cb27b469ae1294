# Stop-Process and Wait-Process on a process Start-Process started: Wait-Process -Timeout reports a process still
# running (ProcessNotTerminated), Stop-Process -PassThru writes what it stopped, Wait-Process then returns, and
# names or ids that select nothing are errors.
$sleeper = Start-Process -FilePath sleep -ArgumentList 30 -PassThru
"running: $(-not $sleeper.HasExited)"
Wait-Process -Id $sleeper.Id -Timeout 1 -ErrorAction SilentlyContinue -ErrorVariable late
foreach ($e in $late) {
    "$($e.FullyQualifiedErrorId) [$($e.CategoryInfo.Category)]: $(([string]$e).Replace([string]$sleeper.Id, 'ID'))"
}
$stopped = $sleeper | Stop-Process -PassThru
"stopped the same process: $($stopped.Id -eq $sleeper.Id)"
$sleeper.WaitForExit(5000)
"exited: $($sleeper.HasExited)"
$second = Start-Process -FilePath sleep -ArgumentList 30 -PassThru
Stop-Process -Id $second.Id
Wait-Process -InputObject $second -Timeout 5 -PassThru | ForEach-Object { "waited for: $($_.Id -eq $second.Id)" }
"second exited: $($second.HasExited)"
Stop-Process -Name 'no-such-process' -ErrorAction SilentlyContinue -ErrorVariable missing
"$($missing[0].FullyQualifiedErrorId)"
try { Stop-Process -Id 4194305 -ErrorAction Stop } catch { "$($_.FullyQualifiedErrorId): $_" }
try { Wait-Process -Id $PID -ErrorAction Stop } catch { "$($_.FullyQualifiedErrorId)" }
