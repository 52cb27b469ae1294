# An alias of an alias resolves to the command at the end of the chain: ResolvedCommand and DisplayName name it, ReferencedCommand is the alias it points to, and an alias of a missing command shows its definition
Set-Alias -Name Find-Things -Value Get-Command
Set-Alias -Name ft2 -Value Find-Things
Get-Alias Find-Things, ft2 | ForEach-Object DisplayName
(Get-Alias ft2).ResolvedCommand.Name
(Get-Alias ft2).ResolvedCommandName
(Get-Alias ft2).ReferencedCommand.Name
Set-Alias -Name gone -Value No-SuchCommandZq
(Get-Alias gone).DisplayName
$null -eq (Get-Alias gone).ResolvedCommand
