Get-Item x && Write-Output ok
Get-Item y || Write-Output failed
a && b || c
Start-Sleep 1 &
