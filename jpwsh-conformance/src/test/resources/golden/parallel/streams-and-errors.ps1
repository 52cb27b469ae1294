# Task streams are re-emitted in the caller; a terminating error ends only its task, as a PSTaskException error.
1..2 | ForEach-Object -Parallel {
    Write-Warning "warning $_"
    Write-Host "host $_"
    Write-Error "error $_"
    throw "boom $_"
    'not reached'
} -ThrottleLimit 1 2>&1 | ForEach-Object { "$_ | $($_.FullyQualifiedErrorId)" }
1..2 | ForEach-Object -Parallel { Write-Verbose "verbose $_" -Verbose } -ThrottleLimit 1 -Verbose
$info = 1 | ForEach-Object -Parallel { Write-Information 'info' } 6>&1
"$info $($info.GetType().Name)"
{ 1 } | ForEach-Object -Parallel { 1 } 2>&1 | ForEach-Object { $_.FullyQualifiedErrorId; "$_" }
try { 1 | ForEach-Object -Parallel { 1 } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
