# New-PSSessionOption as pwsh has it on Linux: only -SkipCACheck and -SkipCNCheck besides the common parameters
# (PSSession.Tests.ps1 counts them); the option object has pwsh's properties and defaults; ResolveParameter finds a
# parameter by name, alias or unique prefix
$command = Get-Command New-PSSessionOption
$command.Parameters.Count - [System.Management.Automation.Internal.CommonParameters].GetProperties().Length
$command.ResolveParameter('SkipCN').Name
$command.ResolveParameter('ea').Name
try { $command.ResolveParameter('Skip') } catch { $_.FullyQualifiedErrorId }
$option = New-PSSessionOption -SkipCACheck
$option.GetType().FullName
$option | Format-List SkipCACheck, SkipCNCheck, OpenTimeout, CancelTimeout, IdleTimeout, ProxyAuthentication, MaximumReceivedObjectSize
[System.Management.Automation.Remoting.PSSessionOption]::new().OperationTimeout.TotalMinutes
