#Requires -Version v7.2
Get-Date
