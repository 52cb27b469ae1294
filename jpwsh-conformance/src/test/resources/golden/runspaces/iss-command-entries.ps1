# Spec 3.2: an empty InitialSessionState with cmdlet, alias and function entries gives a runspace with exactly those commands (through AddCommand: Create() is NoLanguage); Commands holds every kind of entry, by position or by name, and Remove takes a name and an entry type.
$iss = [System.Management.Automation.Runspaces.InitialSessionState]::Create()
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateCmdletEntry]::new('Get-Date', [Microsoft.PowerShell.Commands.GetDateCommand], $null))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateAliasEntry]::new('when', 'Get-Date', 'the date'))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateFunctionEntry]::new('Get-Answer', '42'))
$iss.Commands.Add([System.Management.Automation.Runspaces.SessionStateAliasEntry]::new('answer', 'Get-Answer'))
"count: $($iss.Commands.Count)"
$iss.Commands | ForEach-Object { "$($_.CommandType) $($_.Name) $($_.Visibility)" }
"by name: $($iss.Commands['WHEN'].Definition) ($($iss.Commands['when'].Description))"
"by position: $($iss.Commands[0].ImplementingType.FullName)"
"no such name: $($iss.Commands['nope'].Count)"
$ps = [powershell]::Create($iss)
"alias of a cmdlet: $($ps.AddCommand('when').AddParameter('Year', 2001).Invoke()[0].Year)"
$ps.Commands.Clear()
"function: $($ps.AddCommand('Get-Answer').Invoke())"
$ps.Commands.Clear()
try { $ps.AddCommand('Write-Output').AddArgument(1).Invoke() } catch { "not an entry: $($_.Exception.InnerException.GetType().Name)" }
$ps.Commands.Clear()
try { $ps.AddScript('Get-Date').Invoke() } catch { "script text: $($_.Exception.InnerException.GetType().Name)" }
$ps.Runspace.Dispose()
$iss.Commands.Remove('answer', [System.Management.Automation.Runspaces.SessionStateFunctionEntry])
"after removing no function named answer: $($iss.Commands.Count)"
$iss.Commands.Remove('ANSWER', $null)
"after removing every entry named answer: $($iss.Commands.Count)"
$iss.Commands.Clear()
"after Clear: $($iss.Commands.Count)"
