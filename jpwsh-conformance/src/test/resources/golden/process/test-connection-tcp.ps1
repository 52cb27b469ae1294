# Test-Connection -TcpPort against a listener on loopback: -Quiet gives True while it listens and False once it is
# stopped; without -Quiet each attempt is a TcpPortStatus.
$listener = [System.Net.Sockets.TcpListener]::new(0)
$listener.Start()
$port = $listener.LocalEndpoint.Port
Test-Connection -TargetName 127.0.0.1 -TcpPort $port -Quiet -Count 1
$status = Test-Connection 127.0.0.1 -TcpPort $port -Count 2 -Delay 1
"$($status.Count) attempts: $($status.Connected -join ',') $($status.Status -join ',') ids $($status.Id -join ',')"
"port matches: $($status[0].Port -eq $port), target: $($status[0].Target) $($status[0].TargetAddress)"
$status[0].GetType().FullName
$listener.Stop()
Test-Connection -TargetName 127.0.0.1 -TcpPort $port -Quiet -Count 1 -TimeoutSeconds 2
