# PSReadLine is a module a script imports (pwsh 7.4's 2.3.5, a script module exporting the five PSReadLine cmdlets), which Get-Module lists until Remove-Module; a script's session has not imported it, as only the interactive console does
(Get-Module PSReadLine) -eq $null
$m = Import-Module PSReadLine -PassThru
$m.Name
"$($m.Version) $($m.ModuleType) $($m.Description)"
$m.ExportedCmdlets.Keys | Sort-Object
(Get-Module PSReadLine).Name
Get-Command -Module PSReadLine -CommandType Cmdlet | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Version) $($_.Source)" }
Remove-Module PSReadLine
(Get-Module PSReadLine) -eq $null
(Get-PSReadLineOption).EditMode
