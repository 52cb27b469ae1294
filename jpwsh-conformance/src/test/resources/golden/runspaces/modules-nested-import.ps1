# A module that imports another imports it into itself: Get-Module lists only the outer module (with -All both), the outer module exports the inner one's functions with its own, and each module's functions keep their own $script: scope.
#! process: own
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-modules-' + [guid]::NewGuid())
$inner = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($root, 'Inner')).FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($inner, 'Inner.psm1'), @'
$script:where = 'inner'
function Get-InnerWhere { $script:where }
'@)
$outer = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($root, 'Outer')).FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($outer, 'Outer.psm1'), @'
$script:where = 'outer'
Import-Module Inner
function Get-OuterWhere { "$script:where, then $(Get-InnerWhere)" }
'@)
$env:PSModulePath = $root + [System.IO.Path]::PathSeparator + $env:PSModulePath

Import-Module Outer
Get-OuterWhere
Get-InnerWhere
"top level: $((Get-Module Outer, Inner).Name -join ', ')"
"all: $((Get-Module Outer, Inner -All).Name -join ', ')"
"outer exports: $((Get-Module Outer).ExportedCommands.Keys -join ', ')"
[System.IO.Directory]::Delete($root, $true)
