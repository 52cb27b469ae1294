#Requires -RunAsAdministrator $true
Get-Date
