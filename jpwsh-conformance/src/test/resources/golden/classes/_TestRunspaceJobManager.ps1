# Seed 003 "Background Job Manager" usage example Test-RunspaceJobManager as the seed writes it, with a temporary folder (named by $env:JPWSH_SEED_DIR) instead of C:\Windows and a 1-second sleep instead of 5
function Test-RunspaceJobManager
{
$JobManager = [RunspaceJobManager]::new(5)
try
{
# Start multiple background jobs
$Job1 = $JobManager.StartJob({
param($Seconds)
Start-Sleep $Seconds
return "Job completed after $Seconds seconds"
}, @{ Seconds = 1 }, "LongRunningJob")
$Job2 = $JobManager.StartJob({
Get-Process | Where-Object CPU -gt 100 | Select-Object Name, CPU
}, @{}, "ProcessJob")
$Job3 = $JobManager.StartJob({
param($Path)
Get-ChildItem $Path -Recurse | Measure-Object Length -Sum
}, @{ Path = $env:JPWSH_SEED_DIR }, "FileSystemJob")
# Monitor jobs
Write-Host "Started $($JobManager.GetRunningJobs().Count) jobs" -ForegroundColor Green
# Wait for specific job
$JobManager.WaitForJob("ProcessJob", 30)
$ProcessResult = $JobManager.GetJobResult("ProcessJob")
Write-Host "Process job completed: $($ProcessResult.Result.Count) high-CPU processes found" -ForegroundColor Cyan
# Wait for all jobs
Write-Host "Waiting for all jobs to complete..." -ForegroundColor Yellow
$JobManager.WaitForAllJobs(60)
# Get all results
$AllJobs = $JobManager.GetCompletedJobs()
foreach ($Job in $AllJobs)
{
Write-Host "Job '$($Job.Name)' - Status: $($Job.Status) - Duration: $($Job.Duration.TotalSeconds)s" -ForegroundColor White
}
}
finally
{
$JobManager.Dispose()
}
}
