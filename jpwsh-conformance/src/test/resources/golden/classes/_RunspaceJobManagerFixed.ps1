# Seed 003 "Background Job Manager" with the one change pwsh 7 needs: the job object declares EndTime and Duration, which GetJobResult sets
class RunspaceJobManager
{
[System.Collections.Generic.Dictionary[string, object]]$Jobs
[System.Management.Automation.Runspaces.RunspacePool]$RunspacePool
[int]$MaxConcurrentJobs
RunspaceJobManager([int]$MaxJobs)
{
$this.MaxConcurrentJobs = $MaxJobs
$this.Jobs = [System.Collections.Generic.Dictionary[string, object]]::new()
$this.InitializeRunspacePool()
}
[void]InitializeRunspacePool()
{
$ISS = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$this.RunspacePool = [runspacefactory]::CreateRunspacePool(1, $this.MaxConcurrentJobs, $ISS, $Host)
$this.RunspacePool.Open()
}
[string]StartJob([scriptblock]$ScriptBlock, [hashtable]$Parameters, [string]$JobName)
{
if ([string]::IsNullOrEmpty($JobName))
{
$JobName = "Job_$([guid]::NewGuid().ToString().Substring(0,8))"
}
if ($this.Jobs.ContainsKey($JobName))
{
throw "Job with name '$JobName' already exists"
}
$PowerShell = [powershell]::Create()
$PowerShell.RunspacePool = $this.RunspacePool
[void]$PowerShell.AddScript($ScriptBlock)
foreach ($ParamName in $Parameters.Keys)
{
[void]$PowerShell.AddParameter($ParamName, $Parameters[$ParamName])
}
$AsyncResult = $PowerShell.BeginInvoke()
$this.Jobs[$JobName] = [PSCustomObject]@{
Name = $JobName
PowerShell = $PowerShell
AsyncResult = $AsyncResult
StartTime = Get-Date
Status = "Running"
Result = $null
Error = $null
EndTime = $null
Duration = $null
}
return $JobName
}
[object]GetJobResult([string]$JobName)
{
if (-not $this.Jobs.ContainsKey($JobName))
{
throw "Job '$JobName' not found"
}
$Job = $this.Jobs[$JobName]
if ($Job.Status -eq "Running")
{
if ($Job.AsyncResult.IsCompleted)
{
try
{
$Job.Result = $Job.PowerShell.EndInvoke($Job.AsyncResult)
$Job.Status = "Completed"
if ($Job.PowerShell.Streams.Error.Count -gt 0)
{
$Job.Error = $Job.PowerShell.Streams.Error | ForEach-Object { $_.ToString() }
$Job.Status = "CompletedWithErrors"
}
}
catch
{
$Job.Error = $_.Exception.Message
$Job.Status = "Failed"
}
finally
{
$Job.EndTime = Get-Date
$Job.Duration = $Job.EndTime - $Job.StartTime
}
}
}
return $Job
}
[object[]]GetAllJobs()
{
$JobList = [System.Collections.Generic.List[object]]@()
foreach ($JobName in $this.Jobs.Keys)
{
$JobList.Add($this.GetJobResult($JobName))
}
return $JobList.ToArray()
}
[object[]]GetCompletedJobs()
{
return $this.GetAllJobs() | Where-Object { $_.Status -in @("Completed", "CompletedWithErrors", "Failed") }
}
[object[]]GetRunningJobs()
{
return $this.GetAllJobs() | Where-Object { $_.Status -eq "Running" }
}
[void]WaitForJob([string]$JobName, [int]$TimeoutSeconds = 300)
{
$Job = $this.Jobs[$JobName]
$TimeoutTime = (Get-Date).AddSeconds($TimeoutSeconds)
while ($Job.AsyncResult.IsCompleted -eq $false -and (Get-Date) -lt $TimeoutTime)
{
Start-Sleep -Milliseconds 20
}
if ((Get-Date) -ge $TimeoutTime)
{
throw "Job '$JobName' timed out after $TimeoutSeconds seconds"
}
}
[void]WaitForAllJobs([int]$TimeoutSeconds = 300)
{
$TimeoutTime = (Get-Date).AddSeconds($TimeoutSeconds)
do
{
$RunningJobs = $this.GetRunningJobs()
if ($RunningJobs.Count -eq 0) { break }
Start-Sleep -Milliseconds 20
} while ((Get-Date) -lt $TimeoutTime)
$StillRunning = $this.GetRunningJobs()
if ($StillRunning.Count -gt 0)
{
throw "Timeout waiting for $($StillRunning.Count) jobs to complete"
}
}
[void]RemoveJob([string]$JobName)
{
if ($this.Jobs.ContainsKey($JobName))
{
$Job = $this.Jobs[$JobName]
if ($Job.Status -eq "Running")
{
$Job.PowerShell.Stop()
}
$Job.PowerShell.Dispose()
$this.Jobs.Remove($JobName)
}
}
[void]Dispose()
{
# Clean up all jobs
foreach ($JobName in $this.Jobs.Keys.Clone())
{
$this.RemoveJob($JobName)
}
# Close and dispose runspace pool
if ($this.RunspacePool)
{
$this.RunspacePool.Close()
$this.RunspacePool.Dispose()
}
}
}
