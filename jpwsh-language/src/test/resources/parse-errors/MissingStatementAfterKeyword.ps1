sequence
Get-Date
