#Requires -PSEdition Windows
Get-Date
