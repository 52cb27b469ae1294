# Stop-Job stops a running thread job, and one still queued behind -ThrottleLimit stays NotStarted until stopped
#! process: own
$a = Start-ThreadJob { Start-Sleep 30 } -ThrottleLimit 1
$b = Start-ThreadJob { 'never' }
while ($a.State -ne 'Running') { Start-Sleep -Milliseconds 10 }
"$($a.State) $($b.State)"
Stop-Job $b
Stop-Job $a
"$($a.State) $($b.State)"
$c = Start-ThreadJob { 'runs' } -ThrottleLimit 5
Receive-Job $c -Wait
Remove-Job $a, $b, $c
