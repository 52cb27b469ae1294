# ForEach-Object -Parallel -AsJob returns one PSTaskJob at once, with a PSTaskChildJob per input whose results Receive-Job gathers
$x = 10
$j = 1..5 | ForEach-Object -Parallel { $_ * $using:x; Write-Warning "w$_" } -AsJob -ThrottleLimit 2
$j.GetType().FullName
"$($j.PSJobTypeName)|$($j.Location)|$($j.Command.Trim())"
$j.ChildJobs.Count
($j.ChildJobs | ForEach-Object { "$($_.PSJobTypeName)/$($_.Location)" } | Select-Object -Unique) -join ','
$null = Wait-Job $j
$j.State
($j.ChildJobs | ForEach-Object State) -join ','
$j.HasMoreData
(Receive-Job $j 3>$null | Sort-Object) -join ','
$j.HasMoreData
$e = 1..3 | ForEach-Object -Parallel { $_ } -AsJob
(Receive-Job $e -Wait | Sort-Object) -join ','
$e.State
Remove-Job $j, $e
