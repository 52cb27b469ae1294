#Requires -PSEdition Core, Core
Get-Date
