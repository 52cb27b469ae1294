#Requires -Version $PSVersionTable.PSVersion
Get-Date
