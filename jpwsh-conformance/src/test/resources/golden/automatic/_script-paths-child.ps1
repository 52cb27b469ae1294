# Helper for script-paths-in-called-scripts.ps1: reports what it sees of its own path and of its caller's.
param($How)
$leaf = { param($p) if ($p) { [System.IO.Path]::GetFileName($p) } else { '<empty>' } }
"$How PSCommandPath: $(& $leaf $PSCommandPath)"
"$How PSScriptRoot is its folder: $($PSScriptRoot -eq [System.IO.Path]::GetDirectoryName($PSCommandPath))"
"$How MyCommand.Path: $(& $leaf $MyInvocation.MyCommand.Path) ($($MyInvocation.MyCommand.CommandType))"
"$How ScriptName: $(& $leaf $MyInvocation.ScriptName)"
"$How MyInvocation.PSCommandPath: $(& $leaf $MyInvocation.PSCommandPath)"
"$How MyInvocation.PSScriptRoot is the caller's folder: $($MyInvocation.PSScriptRoot -eq $CallerRoot)"
