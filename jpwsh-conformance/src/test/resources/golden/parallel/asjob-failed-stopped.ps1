# A -AsJob parent is Failed when a child task fails (the child keeps its Reason), and Stop-Job on it stops every task
$k = 1..3 | ForEach-Object -Parallel { if ($_ -eq 2) { throw "bad $_" }; $_ } -AsJob
$r = Receive-Job $k -Wait -ErrorVariable ev -ErrorAction SilentlyContinue
($r | Sort-Object) -join ','
$k.State
($k.ChildJobs | ForEach-Object { "$($_.State):$($_.JobStateInfo.Reason.Message)" }) -join ','
"$($ev.Count) $($ev[0].Exception.Message)"
$s = 1..4 | ForEach-Object -Parallel { Start-Sleep -Seconds 30; $_ } -AsJob -ThrottleLimit 2
Start-Sleep -Milliseconds 200
Stop-Job $s
$s.State
($s.ChildJobs | ForEach-Object State) -join ','
@(Receive-Job $s).Count
Remove-Job $k, $s
'done'
