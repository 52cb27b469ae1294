# A command of a module on $env:PSModulePath loads its module on first use; Module\Command names the module; $PSModuleAutoLoadingPreference limits it
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path (Join-Path $dir 'AutoScript')
Set-Content -Path (Join-Path $dir 'AutoScript/AutoScript.psm1') -Value 'function Get-AutoScript { "from AutoScript" }; function Get-Other { "other" }'
$null = New-Item -ItemType Directory -Path (Join-Path $dir 'AutoManifest')
Set-Content -Path (Join-Path $dir 'AutoManifest/AutoManifest.psm1') -Value 'function Get-AutoManifest { "from AutoManifest" }; function Get-NotListed { }'
New-ModuleManifest -Path (Join-Path $dir 'AutoManifest/AutoManifest.psd1') -RootModule 'AutoManifest.psm1' -FunctionsToExport 'Get-AutoManifest'
$saved = $env:PSModulePath
$env:PSModulePath = $dir
@(Get-Module AutoScript).Count
Get-AutoScript
(Get-Module AutoScript).Name
Get-AutoManifest
(Get-Module AutoManifest).Version.ToString()
try { Get-NotListed } catch { $_.FullyQualifiedErrorId }
Remove-Module AutoScript, AutoManifest
# Module\Command imports the module named; a built-in module's name qualifies its cmdlets
AutoScript\Get-Other
(Get-Module AutoScript).Name
(Microsoft.PowerShell.Utility\Write-Output 'qualified')
try { AutoScript\Get-Missing } catch { $_.FullyQualifiedErrorId }
Remove-Module AutoScript
# ModuleQualified loads only for Module\Command, None never
$PSModuleAutoLoadingPreference = 'ModuleQualified'
try { Get-AutoScript } catch { $_.FullyQualifiedErrorId }
AutoScript\Get-AutoScript
Remove-Module AutoScript
$PSModuleAutoLoadingPreference = 'None'
try { AutoScript\Get-AutoScript } catch { $_.FullyQualifiedErrorId }
@(Get-Module AutoScript).Count
$PSModuleAutoLoadingPreference = 'All'
$env:PSModulePath = $saved
if ($dir) { Remove-Item -Recurse -Force -Path $dir }
