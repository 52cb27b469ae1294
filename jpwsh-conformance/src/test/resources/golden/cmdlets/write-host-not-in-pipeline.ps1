# Write-Host output goes to the host, not down the pipeline, so it cannot be captured.
$captured = Write-Host 'shown'
$null -eq $captured
$count = (Write-Host 'also shown' | Measure-Object).Count
$count
