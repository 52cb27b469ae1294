# Seed 003's port probe: BeginConnect, AsyncWaitHandle.WaitOne with a timeout, EndConnect in try/catch, Close.
$listener = [System.Net.Sockets.TcpListener]::new(0)
$listener.Start()
$openPort = $listener.LocalEndpoint.Port
$probe = [System.Net.Sockets.TcpListener]::new(0)
$probe.Start()
$closedPort = $probe.LocalEndpoint.Port
$probe.Stop()

function Test-Port {
    param([string]$Computer, [int]$PortNumber, [int]$Timeout)
    $TcpClient = New-Object System.Net.Sockets.TcpClient
    $AsyncResult = $TcpClient.BeginConnect($Computer, $PortNumber, $null, $null)
    $Connected = $AsyncResult.AsyncWaitHandle.WaitOne($Timeout, $false)
    if ($Connected) {
        try {
            $TcpClient.EndConnect($AsyncResult)
            $Status = "Open"
        } catch {
            $Status = "Filtered"
        }
    } else {
        $Status = "Closed"
    }
    $TcpClient.Close()
    [PSCustomObject]@{
        Port = if ($PortNumber -eq $openPort) { 'listening' } else { 'free' }
        Status = $Status
        Completed = $AsyncResult.IsCompleted
    }
}

$results = @(
    Test-Port -Computer 127.0.0.1 -PortNumber $openPort -Timeout 5000
    Test-Port -Computer 127.0.0.1 -PortNumber $closedPort -Timeout 5000
)
$listener.Stop()
foreach ($r in $results) { "$($r.Port): $($r.Status) (completed: $($r.Completed))" }
try {
    $direct = [System.Net.Sockets.TcpClient]::new('127.0.0.1', $closedPort)
} catch {
    $_.Exception.InnerException.GetType().FullName
}
