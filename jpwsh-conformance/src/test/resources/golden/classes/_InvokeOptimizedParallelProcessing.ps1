# Seed 003 "Memory-Efficient Processing": Invoke-OptimizedParallelProcessing exactly as the seed writes it, its poll sleep shortened
function Invoke-OptimizedParallelProcessing
{
[CmdletBinding()]
param(
[Parameter(Mandatory = $true)]
[object[]]$InputData,
[Parameter(Mandatory = $true)]
[scriptblock]$ProcessingScript,
[Parameter()]
[int]$BatchSize = 100,
[Parameter()]
[int]$MaxConcurrentBatches = 4,
[Parameter()]
[string]$TempPath = $env:TEMP
)
try
{
Write-Host "Processing $($InputData.Count) items in batches of $BatchSize..." -ForegroundColor Green
# Split data into batches
$Batches = [System.Collections.Generic.List[object[]]]@()
for ($i = 0; $i -lt $InputData.Count; $i += $BatchSize)
{
$BatchEnd = [Math]::Min($i + $BatchSize - 1, $InputData.Count - 1)
$Batch = $InputData[$i..$BatchEnd]
$Batches.Add($Batch)
}
Write-Host "Created $($Batches.Count) batches for processing" -ForegroundColor Cyan
# Process batches in parallel
$BatchResults = [System.Collections.Generic.List[object]]@()
$JobManager = [RunspaceJobManager]::new($MaxConcurrentBatches)
try
{
# Start batch processing jobs
for ($BatchIndex = 0; $BatchIndex -lt $Batches.Count; $BatchIndex++)
{
$JobName = "Batch_$BatchIndex"
$BatchScript = {
param($BatchData, $Script, $BatchId)
$Results = [System.Collections.Generic.List[object]]@()
for ($ItemIndex = 0; $ItemIndex -lt $BatchData.Count; $ItemIndex++)
{
try
{
$Item = $BatchData[$ItemIndex]
$Result = & $Script $Item
$Results.Add([PSCustomObject]@{
BatchId = $BatchId
ItemIndex = $ItemIndex
Input = $Item
Result = $Result
Status = "Success"
Error = $null
})
}
catch
{
$Results.Add([PSCustomObject]@{
BatchId = $BatchId
ItemIndex = $ItemIndex
Input = $Item
Result = $null
Status = "Error"
Error = $_.Exception.Message
})
}
# Memory cleanup
if ($ItemIndex % 10 -eq 0)
{
[System.GC]::Collect()
}
}
return $Results.ToArray()
}
$Parameters = @{
BatchData = $Batches[$BatchIndex]
Script = $ProcessingScript
BatchId = $BatchIndex
}
$JobManager.StartJob($BatchScript, $Parameters, $JobName)
}
# Wait for batches to complete and collect results
$CompletedBatches = 0
while ($CompletedBatches -lt $Batches.Count)
{
$CompletedJobs = $JobManager.GetCompletedJobs()
foreach ($Job in $CompletedJobs)
{
if ($Job.Name -match "Batch_(\d+)" -and $Job.Status -eq "Completed")
{
$BatchResults.AddRange($Job.Result)
$JobManager.RemoveJob($Job.Name)
$CompletedBatches++
Write-Progress -Activity "Processing Batches" -Status "Completed batch $CompletedBatches of $($Batches.Count)" -PercentComplete (($CompletedBatches / $Batches.Count) * 100)
}
}
Start-Sleep -Milliseconds 20
}
}
finally
{
$JobManager.Dispose()
}
Write-Progress -Activity "Processing Batches" -Completed
# Generate processing summary
$Summary = @{
TotalItems = $InputData.Count
ProcessedItems = $BatchResults.Count
SuccessfulItems = ($BatchResults | Where-Object Status -eq "Success").Count
ErrorItems = ($BatchResults | Where-Object Status -eq "Error").Count
Batches = $Batches.Count
BatchSize = $BatchSize
SuccessRate = [math]::Round((($BatchResults | Where-Object Status -eq "Success").Count / $BatchResults.Count) * 100, 2)
}
Write-Host "`nProcessing Summary:" -ForegroundColor Cyan
Write-Host "Total Items: $($Summary.TotalItems)" -ForegroundColor White
Write-Host "Successful: $($Summary.SuccessfulItems)" -ForegroundColor Green
Write-Host "Errors: $($Summary.ErrorItems)" -ForegroundColor Red
Write-Host "Success Rate: $($Summary.SuccessRate)%" -ForegroundColor Yellow
return [PSCustomObject]@{
Results = $BatchResults
Summary = $Summary
}
}
catch
{
Write-Error "Optimized parallel processing failed: $($_.Exception.Message)"
throw
}
}
