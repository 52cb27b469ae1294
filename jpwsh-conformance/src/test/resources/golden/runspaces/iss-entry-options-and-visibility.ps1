# Spec 3.2: a function entry's ScopedItemOptions apply in the runspace (ReadOnly is not redefined, Private is not seen from child scopes, AllScope is shared by them), a variable entry's too; a Private command is not found from the host's pipeline but a function may call it; a definition with a syntax error fails when the entry is made.
$iss = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault()
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Fixed', "'fixed'", 'ReadOnly', $null))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Hidden', "'hidden'", 'Private', $null))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Shared', "'shared'", 'AllScope', $null))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Year', '(Get-Date -Year 1999).Year', 'help.xml'))
$iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('limit', 10, 'a limit', 'Constant'))
$iss.Commands['Get-Date'] | ForEach-Object { $_.Visibility = 'Private' }
"help file: $($iss.Commands['Get-Year'].HelpFile), options: $($iss.Commands['Get-Fixed'].Options)"
$ps = [powershell]::Create($iss)
$ps.AddScript(@'
function Get-Fixed { 'changed' }
Get-Fixed
Get-Hidden
& { Get-Hidden }
& { function Get-Shared { 'redefined' } }
Get-Shared
$limit = 11
$limit
Get-Year
Get-Date
'@).Invoke()
$ps.Streams.Error | ForEach-Object FullyQualifiedErrorId
$ps.Commands.Clear()
try { $ps.AddCommand('Get-Date').Invoke() } catch { "AddCommand Get-Date: $($_.Exception.InnerException.GetType().Name)" }
$ps.Runspace.Dispose()
try {
    [System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Broken', 'if (')
} catch {
    "$($_.Exception.GetType().Name): $($_.Exception.InnerException.GetType().FullName)"
}
