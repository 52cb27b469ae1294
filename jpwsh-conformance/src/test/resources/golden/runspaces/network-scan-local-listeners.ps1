# Seed 003 (Advanced Network Scanner Example) against listeners the test opens on 127.0.0.1: as published, the scan script takes each job object as $Computer and probes nothing (see network-scan-summary), so here it unpacks the job object; open ports report Open, refused ones Filtered (the seed's classification), and the True values of $Jobs.Remove() still count as scan errors as in pwsh.
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
function Invoke-ParallelNetworkScan
{
[CmdletBinding()]
param(
[Parameter(Mandatory = $true)]
[string[]]$ComputerName,
[Parameter()]
[int[]]$Port = @(22, 80, 135, 139, 443, 445, 3389, 5985, 5986),
[Parameter()]
[int]$TimeoutMs = 1000,
[Parameter()]
[int]$ThrottleLimit = 20
)
$ScanScript = {
param($Job)
$Computer = $Job.Computer
$Ports = $Job.Ports
$Timeout = $Job.Timeout
$Results = [System.Collections.Generic.List[object]]@()
foreach ($PortNumber in $Ports)
{
try
{
$TcpClient = New-Object System.Net.Sockets.TcpClient
$AsyncResult = $TcpClient.BeginConnect($Computer, $PortNumber, $null, $null)
$Connected = $AsyncResult.AsyncWaitHandle.WaitOne($Timeout, $false)
if ($Connected)
{
try
{
$TcpClient.EndConnect($AsyncResult)
$Status = "Open"
}
catch
{
$Status = "Filtered"
}
}
else
{
$Status = "Closed"
}
$TcpClient.Close()
$Results.Add([PSCustomObject]@{
ComputerName = $Computer
Port = $PortNumber
Status = $Status
ResponseTime = if ($Status -eq "Open") { $Timeout } else { $null }
})
}
catch
{
$Results.Add([PSCustomObject]@{
ComputerName = $Computer
Port = $PortNumber
Status = "Error"
ResponseTime = $null
Error = $_.Exception.Message
})
}
}
return $Results
}
# Create input objects for parallel processing
$ScanJobs = foreach ($Computer in $ComputerName)
{
[PSCustomObject]@{
Computer = $Computer
Ports = $Port
Timeout = $TimeoutMs
}
}
Write-Host "Starting parallel network scan of $($ComputerName.Count) hosts..." -ForegroundColor Green
$ScanResults = $ScanJobs | Invoke-ParallelProcessing -ScriptBlock $ScanScript -ThrottleLimit $ThrottleLimit
# Process results
$AllScanResults = $ScanResults | Where-Object Status -eq "Success" | ForEach-Object { $_.Result }
$FailedScans = $ScanResults | Where-Object Status -ne "Success"
# Generate summary
$OpenPorts = $AllScanResults | Where-Object Status -eq "Open"
$Summary = @{
TotalHosts = $ComputerName.Count
HostsScanned = ($AllScanResults | Group-Object ComputerName).Count
TotalPorts = $AllScanResults.Count
OpenPorts = $OpenPorts.Count
ClosedPorts = ($AllScanResults | Where-Object Status -eq "Closed").Count
FilteredPorts = ($AllScanResults | Where-Object Status -eq "Filtered").Count
Errors = $FailedScans.Count
}
Write-Host "`nScan Summary:" -ForegroundColor Cyan
Write-Host "Hosts Scanned: $($Summary.HostsScanned)/$($Summary.TotalHosts)" -ForegroundColor White
Write-Host "Open Ports: $($Summary.OpenPorts)" -ForegroundColor Green
Write-Host "Closed Ports: $($Summary.ClosedPorts)" -ForegroundColor Red
Write-Host "Filtered Ports: $($Summary.FilteredPorts)" -ForegroundColor Yellow
Write-Host "Scan Errors: $($Summary.Errors)" -ForegroundColor Magenta
return [PSCustomObject]@{
ScanResults = $AllScanResults
Summary = $Summary
Errors = $FailedScans
}
}

$listeners = foreach ($n in 1..2) {
    $listener = [System.Net.Sockets.TcpListener]::new(0)
    $listener.Start()
    $listener
}
$probe = [System.Net.Sockets.TcpListener]::new(0)
$probe.Start()
$closedPort = $probe.LocalEndpoint.Port
$probe.Stop()
$openPorts = @($listeners | ForEach-Object { $_.LocalEndpoint.Port })
$ScanResults = Invoke-ParallelNetworkScan -ComputerName @("127.0.0.1") -Port ($openPorts + $closedPort) -TimeoutMs 3000
$listeners | ForEach-Object { $_.Stop() }
$names = @{ $closedPort = 'closed port'; $openPorts[0] = 'listening port 1'; $openPorts[1] = 'listening port 2' }
$ScanResults.ScanResults | ForEach-Object { "$($_.ComputerName) $($names[$_.Port]): $($_.Status)" } | Sort-Object
"summary: $($ScanResults.Summary.TotalHosts) host, $($ScanResults.Summary.TotalPorts) ports, $($ScanResults.Summary.OpenPorts) open"
