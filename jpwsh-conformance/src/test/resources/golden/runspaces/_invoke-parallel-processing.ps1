# Seed 003's Invoke-ParallelProcessing, verbatim; the parallel-processing and network-scan scripts dot-source it.
function Invoke-ParallelProcessing
{
[CmdletBinding()]
param(
[Parameter(Mandatory = $true, ValueFromPipeline = $true)]
[object[]]$InputObject,
[Parameter(Mandatory = $true)]
[scriptblock]$ScriptBlock,
[Parameter()]
[int]$ThrottleLimit = 5,
[Parameter()]
[hashtable]$Parameters = @{},
[Parameter()]
[string[]]$ImportModules = @(),
[Parameter()]
[hashtable]$ImportVariables = @{}
)
begin
{
# Create Initial Session State
$ISS = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
# Import specified modules
foreach ($Module in $ImportModules)
{
$ISS.ImportPSModule($Module)
}
# Add variables to session state
foreach ($VarName in $ImportVariables.Keys)
{
$Variable = [System.Management.Automation.Runspaces.SessionStateVariableEntry]::new(
$VarName,
$ImportVariables[$VarName],
"Imported variable"
)
$ISS.Variables.Add($Variable)
}
# Create Runspace Pool
$RunspacePool = [runspacefactory]::CreateRunspacePool(1, $ThrottleLimit, $ISS, $Host)
$RunspacePool.Open()
$Jobs = [System.Collections.Generic.List[object]]@()
$Results = [System.Collections.Generic.List[object]]@()
}
process
{
foreach ($Item in $InputObject)
{
# Create PowerShell instance
$PowerShell = [powershell]::Create()
$PowerShell.RunspacePool = $RunspacePool
# Add script block and parameters
[void]$PowerShell.AddScript($ScriptBlock)
[void]$PowerShell.AddArgument($Item)
# Add additional parameters
foreach ($ParamName in $Parameters.Keys)
{
[void]$PowerShell.AddParameter($ParamName, $Parameters[$ParamName])
}
# Start async execution
$AsyncResult = $PowerShell.BeginInvoke()
$Jobs.Add([PSCustomObject]@{
PowerShell = $PowerShell
AsyncResult = $AsyncResult
Input = $Item
StartTime = Get-Date
})
}
}
end
{
try
{
Write-Verbose "Processing $($Jobs.Count) jobs with $ThrottleLimit concurrent runspaces"
# Wait for all jobs to complete
while ($Jobs.Count -gt 0)
{
$CompletedJobs = $Jobs | Where-Object { $_.AsyncResult.IsCompleted }
foreach ($Job in $CompletedJobs)
{
try
{
# Get results
$Result = $Job.PowerShell.EndInvoke($Job.AsyncResult)
# Check for errors
if ($Job.PowerShell.Streams.Error.Count -gt 0)
{
$ErrorInfo = [PSCustomObject]@{
Input = $Job.Input
Result = $null
Error = $Job.PowerShell.Streams.Error | ForEach-Object { $_.ToString() }
Duration = (Get-Date) - $Job.StartTime
Status = "Error"
}
$Results.Add($ErrorInfo)
}
else
{
$SuccessInfo = [PSCustomObject]@{
Input = $Job.Input
Result = $Result
Error = $null
Duration = (Get-Date) - $Job.StartTime
Status = "Success"
}
$Results.Add($SuccessInfo)
}
}
catch
{
$ExceptionInfo = [PSCustomObject]@{
Input = $Job.Input
Result = $null
Error = $_.Exception.Message
Duration = (Get-Date) - $Job.StartTime
Status = "Exception"
}
$Results.Add($ExceptionInfo)
}
finally
{
# Cleanup
$Job.PowerShell.Dispose()
$Jobs.Remove($Job)
}
}
if ($Jobs.Count -gt 0)
{
Start-Sleep -Milliseconds 100
}
}
}
finally
{
# Cleanup runspace pool
$RunspacePool.Close()
$RunspacePool.Dispose()
}
Write-Verbose "Parallel processing completed. $($Results.Count) results returned."
return $Results
}
}
