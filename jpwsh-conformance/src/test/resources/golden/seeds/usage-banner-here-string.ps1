# The usage banner is a double-quoted here-string, so the $names in it expand to empty strings.
Write-Host @"
POWERSHELL RUNSPACES EXAMPLES
1. Basic Parallel Processing:
$Results = 1..100 | Invoke-ParallelProcessing -ScriptBlock { param($num) $num * $num } -ThrottleLimit 10
2. Background Job Management:
$JobId = $JobManager.StartJob({ Get-Process }, @{}, "ProcessJob")
"@ -ForegroundColor Green
