# 10,000 runspaces, each blocked in Start-Sleep 5 at the same time: how long starting them takes, that every one
# is busy at once, and that all results come back. Run by jpwsh-bench/run-runspace-scale with a 1 GB heap.
param([int]$Count = 10000, [int]$Seconds = 5)
$clock = [System.Diagnostics.Stopwatch]::StartNew()
$started = foreach ($i in 1..$Count) {
    $runspace = [runspacefactory]::CreateRunspace()
    $runspace.Open()
    $shell = [powershell]::Create()
    $shell.Runspace = $runspace
    [void]$shell.AddScript("Start-Sleep $Seconds; `$args[0]").AddArgument($i)
    [pscustomobject]@{ Shell = $shell; Handle = $shell.BeginInvoke(); Runspace = $runspace }
}
$busy = @(Get-Runspace | Where-Object { $_.RunspaceAvailability -eq 'Busy' }).Count - 1
"started $Count runspaces in $([math]::Round($clock.Elapsed.TotalSeconds, 2)) s; busy at once: $busy"
$sum = 0
foreach ($s in $started) {
    $sum += $s.Shell.EndInvoke($s.Handle)[0]
    $s.Shell.Dispose()
    $s.Runspace.Dispose()
}
$expected = $Count * ($Count + 1) / 2
"all results back after $([math]::Round($clock.Elapsed.TotalSeconds, 2)) s; sum correct: $($sum -eq $expected)"
"runspaces left: $(@(Get-Runspace).Count - 1)"
