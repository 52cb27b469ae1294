# Seed 003 (Advanced Network Scanner Example) against listeners the test opens on 127.0.0.1: as published, the scan script takes each job object as $Computer and probes nothing (see network-scan-summary), so here it unpacks the job object; open ports report Open, refused ones Filtered (the seed's classification), and the True values of $Jobs.Remove() still count as scan errors as in pwsh.
. "$PSScriptRoot/_invoke-parallel-processing.ps1"
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
