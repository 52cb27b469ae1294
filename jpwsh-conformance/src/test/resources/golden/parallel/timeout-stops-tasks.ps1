# -TimeoutSeconds stops running tasks (each a PSTaskException error wrapping PipelineStoppedException), drops pending input and keeps output already written.
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$results = 1..5 | ForEach-Object -Parallel {
    if ($_ -eq 1) { 'quick'; return }
    Start-Sleep -Seconds 30
    'late'
} -TimeoutSeconds 1 -ThrottleLimit 3 2>&1
$results | ForEach-Object {
    if ($_ -is [System.Management.Automation.ErrorRecord]) { "$_ | $($_.FullyQualifiedErrorId) | $($_.Exception.GetType().Name)" } else { $_ }
} | Sort-Object
$watch.Elapsed.TotalSeconds -lt 5
