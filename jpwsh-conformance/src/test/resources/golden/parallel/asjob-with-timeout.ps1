# -AsJob with -TimeoutSeconds is the terminating error ParallelCannotUseTimeoutWithJob, before any task runs
try {
    1..2 | ForEach-Object -Parallel { 'ran' } -AsJob -TimeoutSeconds 5
    'not reached'
} catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().FullName
    $_.Exception.Message
}
