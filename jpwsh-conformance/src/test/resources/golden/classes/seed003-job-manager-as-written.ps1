# Seed 003's RunspaceJobManager as written does not parse in pwsh 7: its constructor passes $Host to CreateRunspacePool, and a class method may read only the variables it assigns, its parameters, $this and a few automatic ones (VariableNotLocal); $global:Host is the minimal change
try {
    . $PSScriptRoot/_RunspaceJobManager.ps1
} catch {
    "$($_.FullyQualifiedErrorId) ($($_.CategoryInfo.Category)) at line $($_.InvocationInfo.ScriptLineNumber), column $($_.InvocationInfo.OffsetInLine)"
}
# With that change jobs start and run, but GetJobResult fails once a job has completed, because pwsh 7 refuses to set EndTime, a property the job's PSCustomObject does not have (PropertyAssignmentException from the finally block)
. ([scriptblock]::Create((Get-Content -Raw -LiteralPath $PSScriptRoot/_RunspaceJobManager.ps1).Replace(', $Host)', ', $global:Host)')))
$JobManager = [RunspaceJobManager]::new(3)
try {
    $name = $JobManager.StartJob({ param($Seconds) Start-Sleep -Milliseconds $Seconds; "slept $Seconds" }, @{ Seconds = 30 }, "LongRunningJob")
    "started $name"
    $JobManager.Jobs.Count
    $JobManager.RunspacePool.GetMaxRunspaces()
    try { $JobManager.StartJob({ 1 }, @{}, "LongRunningJob") } catch { $_.Exception.Message }
    $JobManager.WaitForJob("LongRunningJob", 30)
    try {
        $JobManager.GetJobResult("LongRunningJob")
    } catch {
        "GetJobResult failed: $($_.Exception.Message)"
        $_.FullyQualifiedErrorId
    }
    $job = $JobManager.Jobs["LongRunningJob"]
    "status $($job.Status), result $($job.Result)"
    try { $JobManager.GetJobResult("Missing") } catch { $_.Exception.Message }
    $auto = $JobManager.StartJob({ 'x' }, @{}, $null)
    $auto -match '^Job_[0-9a-f]{8}$'
} finally {
    $JobManager.Dispose()
}
$JobManager.Jobs.Count
$JobManager.RunspacePool.RunspacePoolStateInfo.State
. $PSScriptRoot/_InvokeOptimizedParallelProcessing.ps1
try {
    Invoke-OptimizedParallelProcessing -InputData (1..5) -ProcessingScript { param($x) $x } -BatchSize 5 -MaxConcurrentBatches 1 6>$null 2>$null
} catch {
    "Invoke-OptimizedParallelProcessing failed: $($_.Exception.Message)"
}
