# An event action has an $Error of its own: errors it reports go there, not into the session's $Error, and it does not see the session's.
$Error.Clear()
Write-Error 'session error' -ErrorAction SilentlyContinue
$null = Register-EngineEvent -SourceIdentifier Ping -Action {
    "action sees: $($Error.Count)"
    Write-Error 'action error' -ErrorAction SilentlyContinue
    "action now: $($Error.Count) $($Error[0])"
}
$null = New-Event -SourceIdentifier Ping
Start-Sleep -Milliseconds 100
(Get-Job -Name Ping | Receive-Job) -join "`n"
"session: $($Error.Count) $($Error[0])"
Unregister-Event -SourceIdentifier Ping
