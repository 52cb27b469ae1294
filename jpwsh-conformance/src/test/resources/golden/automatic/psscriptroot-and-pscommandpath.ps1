# $PSCommandPath is the running script's full path and $PSScriptRoot its folder, also inside functions.
[System.IO.Path]::GetFileName($PSCommandPath)
[System.IO.Path]::GetFileName($PSScriptRoot)
$PSScriptRoot -eq [System.IO.Path]::GetDirectoryName($PSCommandPath)
function Get-Root { [System.IO.Path]::GetFileName($PSScriptRoot) }
Get-Root
