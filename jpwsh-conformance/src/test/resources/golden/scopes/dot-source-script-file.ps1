# Dot-sourcing a script file brings its functions and variables into the caller; & does not.
& "$PSScriptRoot/_definitions.ps1"
$null -eq $definedValue
. "$PSScriptRoot/_definitions.ps1"
$definedValue
Get-Definition
