# Get-Command's results are of pwsh's CommandInfo types, which scripts can name as type literals (Should -BeOfType, -is)
(Get-Command gci) -is [System.Management.Automation.AliasInfo]
(Get-Command Get-Date) -is [System.Management.Automation.CmdletInfo]
(Get-Command Get-Date) -is [System.Management.Automation.CommandInfo]
function Test-Kind { }
(Get-Command Test-Kind) -is [System.Management.Automation.FunctionInfo]
(Get-Command Test-Kind) -is [System.Management.Automation.CmdletInfo]
[System.Management.Automation.CommandInfo].FullName
(Get-Command Get-Date).GetType().FullName
(Get-Command gci).GetType().FullName
$named = [System.Management.Automation.PSTypeName]'NoSuchTypeZq'
"$($named.Name) $($null -eq $named.Type)"
([System.Management.Automation.PSTypeName]'int').Type.FullName
