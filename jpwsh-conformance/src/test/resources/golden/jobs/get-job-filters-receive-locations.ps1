# Get-Job -Before/-After (a job's PSEndTime/PSBeginTime), -HasMoreData, -IncludeChildJob and -ChildJobState;
# Receive-Job -Location/-ComputerName (only the jobs at a matching location); Start-Job -WorkingDirectory as a
# PowerShell path, and a blank one refused as pwsh's [ValidateNotNullOrWhiteSpace] refuses it
$before = Get-Date
$job = Start-Job -Name Filtered { 1 + 1 } | Wait-Job
$after = Get-Date
@(Get-Job -Before $after).Name
@(Get-Job -Before $before).Count
@(Get-Job -After $before).Name
@(Get-Job -HasMoreData $false).Count
$withChildren = @(Get-Job -IncludeChildJob)
"$($withChildren.Count): $($withChildren[1].GetType().Name) $($withChildren[1].Location)"
@(Get-Job -ChildJobState Failed).Count
$job.PSBeginTime -le $job.PSEndTime
Receive-Job -Job $job -Location localhost -Keep
Receive-Job -Job $job -ComputerName 'other*' -Keep
Receive-Job -Job $job -ComputerName 'local*'
$job | Remove-Job
Push-Location Temp:/
Start-Job { $PWD.Path } -WorkingDirectory $PWD.Path | Receive-Job -Wait -AutoRemoveJob
Pop-Location
try { Start-Job { 1 } -WorkingDirectory ' ' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
