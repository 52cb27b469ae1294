Start-Sleep -Seconds 5 & && Write-Host 'done'
