#requires -Version 7.0
[CmdletBinding()]
param(
    [string] $Path = $PWD
)
Write-Output $Path
