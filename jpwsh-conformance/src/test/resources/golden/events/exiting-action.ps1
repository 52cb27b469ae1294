# A PowerShell.Exiting action runs when the runspace closes, after the script's last statement.
$null = Register-EngineEvent -SourceIdentifier PowerShell.Exiting -Action { Write-Host "exiting: $($Event.SourceIdentifier)" }
"last statement"
