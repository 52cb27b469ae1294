# Import-Module by name finds <dir>/<Name>/<Name>.psm1, or the highest <dir>/<Name>/<version>/<Name>.psd1, on $env:PSModulePath (folder names in any case); a script module's functions run in its scope, seeing its $script: variables; without Export-ModuleMember every function is exported, and a manifest's FunctionsToExport narrows that; Get-Module lists the imported modules by name, in pwsh's Module table view.
#! process: own
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-modules-' + [guid]::NewGuid())
$greeter = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($root, 'Greeter')).FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($greeter, 'Greeter.psm1'), @'
$script:greeting = 'Hello'
function Get-Greeting { param($Name) "$(Format-Greeting) $Name" }
function Format-Greeting { $script:greeting }
function Set-Greeting { param($Text) $script:greeting = $Text }
'@)
$newest = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($root, 'Counter', '2.1.0')).FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($newest, 'Counter.psd1'), @'
@{
    RootModule = 'Counter.psm1'
    ModuleVersion = '2.1.0'
    Description = 'Counts calls'
    FunctionsToExport = @('Add-Count', 'Get-Count')
}
'@)
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($newest, 'Counter.psm1'), @'
$count = 0
function Add-Count { $script:count++ }
function Get-Count { $script:count }
function Reset-Count { $script:count = 0 }
'@)
$oldest = [System.IO.Directory]::CreateDirectory([System.IO.Path]::Combine($root, 'Counter', '1.0.0')).FullName
[System.IO.File]::WriteAllText([System.IO.Path]::Combine($oldest, 'Counter.psd1'), "@{ ModuleVersion = '1.0.0' }")
$env:PSModulePath = $root + [System.IO.Path]::PathSeparator + $env:PSModulePath

Import-Module Greeter
Get-Greeting World
Set-Greeting Hi
Get-Greeting there
"every function exported: $(Format-Greeting)"
"module variables stay in the module: [$greeting]"
$counter = Import-Module COUNTER -PassThru
"$($counter.Name) $($counter.Version) $($counter.ModuleType): $($counter.Description)"
Add-Count
Add-Count
"count: $(Get-Count)"
try { Reset-Count } catch { "not in FunctionsToExport: $($_.FullyQualifiedErrorId)" }
"imported: $((Get-Module Greeter, Counter).Name -join ', ')"
"Greeter exports: $((Get-Module gree*).ExportedCommands.Keys -join ', ')"
"Greeter type: $((Get-Module Greeter).GetType().FullName)"
Get-Module Greeter | Out-String -Width 120 -Stream | ForEach-Object { "[$_]" }
[System.IO.Directory]::Delete($root, $true)
