# The network scan summary counts hosts with Group-Object and ports with Where-Object, then prints coloured lines.
$AllScanResults = @(
    [PSCustomObject]@{ ComputerName = 'server1'; Port = 22; Status = 'Open' }
    [PSCustomObject]@{ ComputerName = 'server1'; Port = 80; Status = 'Closed' }
    [PSCustomObject]@{ ComputerName = 'server2'; Port = 22; Status = 'Filtered' }
    [PSCustomObject]@{ ComputerName = 'server2'; Port = 443; Status = 'Open' }
    [PSCustomObject]@{ ComputerName = 'server2'; Port = 3389; Status = 'Open' }
)
$ComputerName = @('server1', 'server2', 'server3')
$FailedScans = @()
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
Write-Host "Starting parallel network scan of $($ComputerName.Count) hosts..." -ForegroundColor Green
Write-Host "`nScan Summary:" -ForegroundColor Cyan
Write-Host "Hosts Scanned: $($Summary.HostsScanned)/$($Summary.TotalHosts)" -ForegroundColor White
Write-Host "Open Ports: $($Summary.OpenPorts)" -ForegroundColor Green
Write-Host "Closed Ports: $($Summary.ClosedPorts)" -ForegroundColor Red
Write-Host "Filtered Ports: $($Summary.FilteredPorts)" -ForegroundColor Yellow
Write-Host "Scan Errors: $($Summary.Errors)" -ForegroundColor Magenta
