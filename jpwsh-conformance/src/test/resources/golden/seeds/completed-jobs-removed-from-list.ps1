# Finished jobs are picked with Where-Object on a nested property and removed from the job list until it is empty.
$Jobs = [System.Collections.Generic.List[object]]@()
foreach ($n in 1..4) {
    $Jobs.Add([PSCustomObject]@{ Input = $n; AsyncResult = [PSCustomObject]@{ IsCompleted = ($n % 2 -eq 0) } })
}
$rounds = 0
while ($Jobs.Count -gt 0) {
    $rounds++
    $CompletedJobs = $Jobs | Where-Object { $_.AsyncResult.IsCompleted }
    foreach ($Job in $CompletedJobs) {
        try { "done $($Job.Input)" }
        finally { $null = $Jobs.Remove($Job) }
    }
    foreach ($Job in $Jobs) { $Job.AsyncResult.IsCompleted = $true }
}
"rounds: $rounds"
