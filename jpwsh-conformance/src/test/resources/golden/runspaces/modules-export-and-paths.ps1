# Export-ModuleMember names what a script module exports (functions and variables, with wildcards; an exported variable is shared with the module); Import-Module takes a module folder or file path, does not run an imported module again unless -Force, and reports an unknown module as a non-terminating Modules_ModuleNotFound error; a manifest without a root module is a Manifest module; Export-ModuleMember outside a module fails.
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-modules-' + [guid]::NewGuid())
$tools = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($root, 'Tools')).FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($tools, 'Tools.psm1'), @'
$global:toolsLoads++
$script:state = 'initial'
$ToolVersion = '1.0'
function Get-Tool { "tool: $script:state" }
function Get-ToolVersion { $ToolVersion }
function Set-ToolState { param($Value) $script:state = $Value }
function Invoke-Helper { 'helper' }
Export-ModuleMember -Function *-Tool* -Variable ToolVersion
'@)
$data = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($root, 'Data')).FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($data, 'Data.psd1'), "@{ ModuleVersion = '0.5'; Description = 'only data' }")

Import-Module $tools
Get-Tool
Set-ToolState changed
Get-Tool
"exported: $((Get-Module Tools).ExportedCommands.Keys -join ', '); variables: $((Get-Module Tools).ExportedVariables.Keys)"
"variable: $ToolVersion"
$global:ToolVersion = '2.0'
"the module sees: $(Get-ToolVersion)"
try { Invoke-Helper } catch { "not exported: $($_.FullyQualifiedErrorId)" }
Import-Module $tools
"loads: $toolsLoads, $(Get-Tool)"
Import-Module ([System.IO.Path]::Combine($tools, 'Tools.psm1')) -Force
"loads after -Force: $toolsLoads, $(Get-Tool)"
$manifest = Import-Module ([System.IO.Path]::Combine($data, 'Data.psd1')) -PassThru
"$($manifest.Name) $($manifest.ModuleType) $($manifest.Version) '$($manifest.Description)' commands: $($manifest.ExportedCommands.Count)"
Import-Module NoSuchModule -ErrorAction SilentlyContinue
"unknown: $? $($Error[0].FullyQualifiedErrorId)"
"$($Error[0].CategoryInfo.Category) $($Error[0].TargetObject) $($Error[0].Exception.GetType().FullName)"
try { Import-Module NoSuchModule -ErrorAction Stop } catch { "stopped: $($_.FullyQualifiedErrorId)" }
try { Export-ModuleMember -Function Get-Tool } catch { "outside a module: $($_.FullyQualifiedErrorId)" }
[System.IO.Directory]::Delete($root, $true)
