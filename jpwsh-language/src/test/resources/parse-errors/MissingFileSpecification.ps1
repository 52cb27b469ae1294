Get-Process | Sort-Object CPU >
Write-Host 'saved'
