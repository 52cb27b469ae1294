# Spec 1.3 and 2.1: a local runspace and a local pool refuse every disconnect/connect operation, and a
# nested PowerShell (CurrentRunspace) refuses to be invoked asynchronously.
function Show-Refusal([scriptblock] $Call) {
    try {
        & $Call
        'no error'
    } catch {
        $inner = $_.Exception.InnerException
        '{0}: {1}' -f $inner.GetType().FullName, $inner.Message
    }
}

$rs = [runspacefactory]::CreateRunspace()
$rs.Open()
Show-Refusal { $rs.Disconnect() }
Show-Refusal { $rs.DisconnectAsync() }
Show-Refusal { $rs.Connect() }
Show-Refusal { $rs.ConnectAsync() }
Show-Refusal { $rs.CreateDisconnectedPipeline() }
Show-Refusal { $rs.CreateDisconnectedPowerShell() }
"runspace still $($rs.RunspaceStateInfo.State)"
$rs.Dispose()

$pool = [runspacefactory]::CreateRunspacePool(1, 2)
$pool.Open()
Show-Refusal { $pool.Disconnect() }
Show-Refusal { $pool.BeginDisconnect($null, $null) }
Show-Refusal { $pool.Connect() }
Show-Refusal { $pool.BeginConnect($null, $null) }
Show-Refusal { $pool.CreateDisconnectedPowerShells() }
"pool still $($pool.RunspacePoolStateInfo.State)"
$pool.Dispose()

$nested = [powershell]::Create('CurrentRunspace').AddScript('1')
Show-Refusal { $nested.BeginInvoke() }
"nested invoke: $($nested.Invoke())"
