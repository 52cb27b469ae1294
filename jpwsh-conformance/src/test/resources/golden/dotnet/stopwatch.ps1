# A Stopwatch reports whether it runs and measures elapsed time as a TimeSpan.
$sw = [System.Diagnostics.Stopwatch]::StartNew()
$sw.IsRunning
$sw.Stop()
$sw.IsRunning
$sw.Elapsed.GetType().Name
$sw.ElapsedMilliseconds -ge 0
