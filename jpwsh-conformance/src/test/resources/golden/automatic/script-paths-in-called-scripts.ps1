# $PSScriptRoot, $PSCommandPath and $MyInvocation's paths name the running script in a script called with &, one
# dot-sourced, and one named with backslashes ("$PSScriptRoot\x.ps1" works on Unix as in pwsh); the caller's own
# come back after a dot-sourced script ends. At the top of a -File script ScriptName is empty.
$CallerRoot = $PSScriptRoot
"top MyCommand.Path: $([System.IO.Path]::GetFileName($MyInvocation.MyCommand.Path))"
"top ScriptName: [$($MyInvocation.ScriptName)]"
& "$PSScriptRoot/_script-paths-child.ps1" -How '&'
. "$PSScriptRoot/_script-paths-child.ps1" -How '.'
"after dot-sourcing: $([System.IO.Path]::GetFileName($PSCommandPath))"
& "$PSScriptRoot\..\automatic\_script-paths-child.ps1" -How '\' | Select-Object -First 1
