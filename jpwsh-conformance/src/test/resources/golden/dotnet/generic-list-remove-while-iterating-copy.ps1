# Removing items from a List while iterating over a filtered copy of it is safe.
$jobs = [System.Collections.Generic.List[object]]@()
1..5 | ForEach-Object { $jobs.Add([pscustomobject]@{ Id = $_; Done = ($_ % 2 -eq 1) }) }
$completed = $jobs | Where-Object { $_.Done }
foreach ($job in $completed) { $null = $jobs.Remove($job) }
$jobs.Count
$jobs.Id -join ','
