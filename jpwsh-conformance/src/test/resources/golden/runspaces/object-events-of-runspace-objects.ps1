# Register-ObjectEvent on the events of runspace objects: a PowerShell's InvocationStateChanged, a pool's
# StateChanged, a runspace's AvailabilityChanged and a stream's DataAdded. Events without an action are queued.
function Receive-Queued([string] $Id, [scriptblock] $Show) {
    Get-Event -SourceIdentifier $Id | ForEach-Object { & $Show $_ }
    Remove-Event -SourceIdentifier $Id
}

$ps = [powershell]::Create().AddScript('Start-Sleep -Milliseconds 50; 42')
Register-ObjectEvent -InputObject $ps -EventName InvocationStateChanged -SourceIdentifier Invocation
$handle = $ps.BeginInvoke()
"output: $($ps.EndInvoke($handle))"
Start-Sleep -Milliseconds 300
Receive-Queued Invocation { param($e) "invocation: $($e.SourceEventArgs.InvocationStateInfo.State) " +
    "(sender is the PowerShell: $($e.Sender -eq $ps); args type $($e.SourceEventArgs.GetType().Name))" }

$pool = [runspacefactory]::CreateRunspacePool(1, 2)
Register-ObjectEvent -InputObject $pool -EventName StateChanged -SourceIdentifier Pool
$pool.Open()
$pool.Close()
Start-Sleep -Milliseconds 300
Receive-Queued Pool { param($e) "pool: $($e.SourceEventArgs.RunspacePoolStateInfo.State)" }

$rs = [runspacefactory]::CreateRunspace()
Register-ObjectEvent -InputObject $rs -EventName AvailabilityChanged -SourceIdentifier Availability
$rs.Open()
$null = [powershell]::Create($rs).AddScript('1').Invoke()
Start-Sleep -Milliseconds 300
Receive-Queued Availability { param($e) "availability: $($e.SourceEventArgs.RunspaceAvailability)" }

$warner = [powershell]::Create().AddScript('Write-Warning one; Write-Warning two')
Register-ObjectEvent -InputObject $warner.Streams.Warning -EventName DataAdded -SourceIdentifier Warnings
$null = $warner.Invoke()
Start-Sleep -Milliseconds 300
Receive-Queued Warnings { param($e) "warning $($e.SourceEventArgs.Index): $($e.Sender[$e.SourceEventArgs.Index])" }

Get-EventSubscriber | Unregister-Event
$rs.Dispose(); $pool.Dispose(); $ps.Dispose(); $warner.Dispose()
"subscribers left: $(@(Get-EventSubscriber).Count)"
