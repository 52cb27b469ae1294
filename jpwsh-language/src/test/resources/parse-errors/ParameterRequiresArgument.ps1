$root = 'C:\Temp'
Get-ChildItem -Path:
Write-Host 'done'
