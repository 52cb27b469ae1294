# Seed 003's batching loop splits the input with [Math]::Min and array slices into batches of a fixed size.
$InputData = 1..23
$BatchSize = 5
$Batches = [System.Collections.Generic.List[object[]]]@()
for ($i = 0; $i -lt $InputData.Count; $i += $BatchSize)
{
    $BatchEnd = [Math]::Min($i + $BatchSize - 1, $InputData.Count - 1)
    $Batch = $InputData[$i..$BatchEnd]
    $Batches.Add($Batch)
}
Write-Host "Processing $($InputData.Count) items in batches of $BatchSize..." -ForegroundColor Green
Write-Host "Created $($Batches.Count) batches for processing" -ForegroundColor Cyan
$Batches | ForEach-Object { $_ -join ' ' }
$Batches[-1].Count
