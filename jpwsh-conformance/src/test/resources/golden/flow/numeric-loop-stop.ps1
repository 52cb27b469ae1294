# Stop-Job ends a thread job spinning in a loop that only counts
$job = Start-ThreadJob { $spins = 0; while ($spins -ge 0) { $spins++ } }
Start-Sleep -Milliseconds 500
Stop-Job $job
$job.State
