# Start-Sleep pauses without producing output.
$out = Start-Sleep -Milliseconds 20
$null -eq $out
Start-Sleep -Seconds 0
'awake'
