# The modules pwsh ships in $PSHOME/Modules whose cmdlets jpwsh has built in: Get-Module -ListAvailable lists them
# (not when $env:PSModulePath is set without that folder), Import-Module imports them and Get-Module then shows them;
# Microsoft.PowerShell.Core is a snap-in, which Import-Module accepts and imports nothing for
Get-Module -ListAvailable | Where-Object Name -like 'Microsoft.PowerShell.*' |
    ForEach-Object { "$($_.ModuleType) $($_.Version) $($_.Name)" }
(Get-Module -ListAvailable ThreadJob).ModuleType
$utility = Import-Module Microsoft.PowerShell.Utility -PassThru
$utility.ExportedCmdlets.ContainsKey('ConvertTo-Json')
$utility.ExportedCmdlets.ContainsKey('Get-Item')
(Get-Module).Name -contains 'Microsoft.PowerShell.Utility'
@(Import-Module Microsoft.PowerShell.Core -PassThru).Count
$saved = $env:PSModulePath
$env:PSModulePath = [IO.Path]::GetTempPath()
@(Get-Module -ListAvailable | Where-Object Name -eq 'Microsoft.PowerShell.Management').Count
$env:PSModulePath = $saved
