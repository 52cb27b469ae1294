# HistoryInfo.ExecutionStatus is a PipelineState (System.Management.Automation.Runspaces.PipelineState), converted from what Add-History is given; a status that is none is AddHistoryInvalidInput
$now = Get-Date
$e = Add-History -InputObject ([pscustomobject]@{ CommandLine = 'Get-Thing'; ExecutionStatus = 'failed'; StartExecutionTime = $now; EndExecutionTime = $now }) -PassThru
$e.ExecutionStatus.GetType().FullName
$e.ExecutionStatus
$e.ExecutionStatus -eq [System.Management.Automation.Runspaces.PipelineState]::Failed
[int]$e.ExecutionStatus
try { Add-History -InputObject ([pscustomobject]@{ CommandLine = 'x'; ExecutionStatus = 'Sideways'; StartExecutionTime = $now; EndExecutionTime = $now }) -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
