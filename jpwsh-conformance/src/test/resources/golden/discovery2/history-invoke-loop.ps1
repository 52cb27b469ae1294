# Invoke-History refuses an entry that would run itself again through Invoke-History or an alias of it (InvokeHistoryLoopDetected)
$t = [datetime]'2024-01-02 03:04:05'
[pscustomobject]@{ CommandLine = 'Invoke-History 2'; ExecutionStatus = 'Completed'; StartExecutionTime = $t; EndExecutionTime = $t } | Add-History
[pscustomobject]@{ CommandLine = 'tt 1'; ExecutionStatus = 'Completed'; StartExecutionTime = $t; EndExecutionTime = $t } | Add-History
Set-Alias -Name tt -Value Invoke-History
try { Invoke-History } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Invoke-History 1 } catch { $_.FullyQualifiedErrorId }
'after'
