# Actions for events another runspace generates run on this runspace's thread between statements of a loop.
$null = Register-EngineEvent -SourceIdentifier Step -Action { $global:seen += @($Event.SourceArgs[0]) }
$global:seen = @()
$worker = [powershell]::Create()
$null = $worker.AddScript({
    param($target)
    foreach ($i in 1..3) { $null = $target.Events.GenerateEvent('Step', $null, @($i), $null) }
}).AddArgument([runspace]::DefaultRunspace)
$worker.Invoke()
$deadline = [datetime]::Now.AddSeconds(10)
while ($global:seen.Count -lt 3 -and [datetime]::Now -lt $deadline) { Start-Sleep -Milliseconds 20 }
"seen: $($global:seen -join ',')"
"queued: $(@(Get-Event).Count)"
$worker.Dispose()
Get-EventSubscriber | Unregister-Event
