# ScopedItemOptions is a flags enum: entries take combinations, by member or by text, and the runspace's
# variables and functions carry them.
$both = [System.Management.Automation.ScopedItemOptions]'ReadOnly, AllScope'
"parsed: $both ($($both.GetType().FullName))"
"member: $([System.Management.Automation.ScopedItemOptions]::Private)"

$iss = [initialsessionstate]::CreateDefault()
$iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('limit', 10, 'fixed', 'ReadOnly, AllScope'))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Limit', '$limit', 'Constant', $null))
$rs = [runspacefactory]::CreateRunspace($iss)
$rs.Open()
[powershell]::Create($rs).AddScript({
    "options: $((Get-Variable limit).Options)"
    try { $limit = 11 } catch { "assign: $($_.FullyQualifiedErrorId)" }
    & { "seen from a child scope: $limit" }
    try { function Get-Limit { 'replaced' } } catch { "redefine: $($_.FullyQualifiedErrorId)" }
    "function: $(Get-Limit)"
}).Invoke()
try { [System.Management.Automation.ScopedItemOptions]'ReadOnly, Bogus' } catch { 'bad name refused' }
$rs.Dispose()
