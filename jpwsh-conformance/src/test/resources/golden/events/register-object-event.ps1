# Register-ObjectEvent: a timer's Elapsed is queued without an action; a runspace's StateChanged runs the action.
$t = New-Object System.Timers.Timer 50
$t.AutoReset = $false
$null = Register-ObjectEvent -InputObject $t -EventName Elapsed -SourceIdentifier T
$t.Start()
$e = Wait-Event T -Timeout 5
"$($e.SourceIdentifier) $($e.Sender.GetType().FullName) $($e.SourceEventArgs.GetType().FullName)"
$rs = [runspacefactory]::CreateRunspace()
$null = Register-ObjectEvent $rs StateChanged -Action { Write-Host "state: $($EventArgs.RunspaceStateInfo.State)" }
$rs.Open()
Start-Sleep -Milliseconds 300
$rs.Dispose()
Start-Sleep -Milliseconds 300
