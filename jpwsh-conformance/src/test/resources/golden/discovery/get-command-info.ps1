# Get-Command describes cmdlets, functions, aliases and programs as CommandInfo objects with pwsh's properties
$c = Get-Command Get-Command
$c.Name
$c.CommandType.ToString()
$c.GetType().FullName
$c.Source
$c.ModuleName
$c.Verb + '|' + $c.Noun
$c.ImplementingType.FullName
$c.DefaultParameterSet

$v = Get-Command Get-Verb
$v.Source
$v.Version.ToString()
$v.Parameters.Count
$v.Parameters.Keys -join ','
$v.Parameters['verb'].ParameterType.FullName
$v.Parameters['Verb'].Aliases.Count
$v.Parameters['ErrorAction'].Aliases -join ','
$v.ParameterSets.Count
$v.ParameterSets[0].Name
$v.ParameterSets[0].IsDefault
$v.ParameterSets[0].Parameters[0].Name
$v.ParameterSets[0].Parameters[0].Position
$v.ParameterSets[0].Parameters[0].ValueFromPipeline

$a = Get-Command gcm
$a.CommandType.ToString()
$a.GetType().FullName
$a.Name
$a.Definition
$a.ResolvedCommand.Name
$a.ReferencedCommand.CommandType.ToString()
$a.ResolvedCommandName

function Get-Thing { param([string]$Name, [int]$Count) "$Name$Count" }
$f = Get-Command Get-Thing
$f.CommandType.ToString()
$f.GetType().FullName
$f.Verb + '|' + $f.Noun
"[$($f.Definition)]"
$f.CmdletBinding
$f.Parameters.Keys -join ','
$f.Parameters['Count'].ParameterType.FullName
$f.ParameterSets[0].Name
$f.ScriptBlock.GetType().FullName

$sh = Get-Command sh
$sh.CommandType.ToString()
$sh.GetType().FullName
$sh.Name
$sh.Extension
$sh.Definition -eq $sh.Source

$ExecutionContext.InvokeCommand.GetCommand('Get-Verb', 'Cmdlet').Name
$null -eq $ExecutionContext.InvokeCommand.GetCommand('Get-Verb', 'Function')
$ExecutionContext.InvokeCommand.GetCommand('gcm', 'Alias').ResolvedCommand.Name
$null -eq $ExecutionContext.InvokeCommand.GetCommand('gcm', 'Cmdlet')
$ExecutionContext.InvokeCommand.GetCommand('Get-Thing', 'All').CommandType.ToString()
$ExecutionContext.InvokeCommand.GetCommand('Get-Thing', [System.Management.Automation.CommandTypes]::Function).Name
$ExecutionContext.InvokeCommand.GetCmdlet('Get-Verb').ImplementingType.Name
