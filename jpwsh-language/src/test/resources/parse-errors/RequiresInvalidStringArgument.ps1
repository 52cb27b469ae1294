#Requires -ShellId 42
Get-Date
