# Seed 003's usage examples on the RunspaceJobManager with its two fixes: Test-RunspaceJobManager (jobs on a runspace pool, waiting, results) and Invoke-OptimizedParallelProcessing (batches as jobs), as the seed writes them; the lines whose numbers depend on the machine or timing are shown with those numbers replaced by N
# The two changes pwsh 7 needs: the constructor reads $global:Host (a class method may not read $Host, VariableNotLocal), and the job object declares EndTime and Duration, which GetJobResult sets
$manager = (Get-Content -Raw -LiteralPath $PSScriptRoot/_RunspaceJobManager.ps1).Replace(', $Host)', ', $global:Host)').Replace(
    "Error = `$null`n}", "Error = `$null`nEndTime = `$null`nDuration = `$null`n}")
. ([scriptblock]::Create($manager))
. $PSScriptRoot/_TestRunspaceJobManager.ps1
. $PSScriptRoot/_InvokeOptimizedParallelProcessing.ps1
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    Set-Content -Path (Join-Path $dir 'a.txt') -Value 'hello' -NoNewline
    $null = New-Item -ItemType Directory -Path (Join-Path $dir 'sub')
    Set-Content -Path (Join-Path $dir 'sub/b.txt') -Value '1234567' -NoNewline
    $env:JPWSH_SEED_DIR = $dir
    $lines = Test-RunspaceJobManager 6>&1
    foreach ($line in $lines) { "$line" -replace '\d+(\.\d+)?', 'N' }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
$out = Invoke-OptimizedParallelProcessing -InputData (1..25) -ProcessingScript { param($x) $x * 2 } -BatchSize 10 -MaxConcurrentBatches 2 6>&1
$out | Where-Object { $_ -is [string] } | Sort-Object
$out | Where-Object { $_ -is [System.Management.Automation.InformationRecord] } | ForEach-Object { "host: $_" }
$result = $out | Where-Object { $_.Summary }
$result.Summary.ProcessedItems
($result.Results | ForEach-Object Result | Sort-Object) -join ','
($result.Results | Group-Object BatchId | Sort-Object { [int]$_.Name } | ForEach-Object { "$($_.Name):$($_.Count)" }) -join ' '
