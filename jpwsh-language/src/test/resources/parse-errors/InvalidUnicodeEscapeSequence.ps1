Write-Host "Done `u2714"
