Get-Process | | Sort-Object CPU
