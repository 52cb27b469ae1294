# $scriptblock.InvokeWithContext defines functions and variables ($_ too) in the block's new scope; $ExecutionContext.InvokeCommand's InvokeScript overloads (text with arguments in a new scope, a block local or dot-sourced) and GetCommands by pattern and kind
$sb = { param($a) "a=$a x=$x f=$(Get-Greeting)" }
$functions = @{ 'Get-Greeting' = { 'hi' } }
$variables = [System.Collections.Generic.List[psvariable]]::new()
$variables.Add([psvariable]::new('x', 42))
$sb.InvokeWithContext($functions, $variables, 'one')
{ $_ * 2 }.InvokeWithContext($null, [psvariable]::new('_', 21))
$result = { 1; 2 }.InvokeWithContext(@{}, $null)
'{0} {1}' -f $result.GetType().Name, $result.Count
$x = 'outer'
{ $x = 'inner' }.InvokeWithContext($null, $null) | Out-Null
"x is still $x"
$null -eq (Get-Command Get-Greeting -ErrorAction Ignore)

$ExecutionContext.InvokeCommand.InvokeScript('"$args"', 'x', 'y')
$ExecutionContext.InvokeCommand.InvokeScript('"[$args]"')
$ExecutionContext.InvokeCommand.InvokeScript($false, { param($p) $p * 3 }, $null, 5)
$x = 1
$null = $ExecutionContext.InvokeCommand.InvokeScript('$x = 5'); "after text: $x"
$null = $ExecutionContext.InvokeCommand.InvokeScript($true, { $x = 9 }, $null); "after a local block: $x"
$null = $ExecutionContext.InvokeCommand.InvokeScript($false, { $x = 7 }, $null); "after a dot-sourced block: $x"
$ExecutionContext.InvokeCommand.InvokeScript('1').GetType().Name

function Get-LocalThing { }
($ExecutionContext.InvokeCommand.GetCommands('Get-LocalTh*', 'Function', $true) | ForEach-Object { "$($_.CommandType) $($_.Name)" }) -join ', '
($ExecutionContext.InvokeCommand.GetCommands('Get-Date', 'Cmdlet', $false) | ForEach-Object { "$($_.CommandType) $($_.Name)" }) -join ', '
@($ExecutionContext.InvokeCommand.GetCommands('Get-Dat', 'Cmdlet', $false)).Count
@($ExecutionContext.InvokeCommand.GetCommands('Get-LocalThing', 'Cmdlet', $true)).Count
