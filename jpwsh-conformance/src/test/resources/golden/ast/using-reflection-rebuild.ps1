# The reflection call PoshRSJob and Invoke-Parallel's variants make: ScriptBlockAst's non-public GetWithInputHandlingForInvokeCommandImpl found with NonPublic binding flags and invoked with the $using: variables and the new parameters, then the rebuilt block run
function ConvertTo-UsingFree {
    param([scriptblock]$ScriptBlock)
    $usings = $ScriptBlock.Ast.FindAll({ $args[0] -is [System.Management.Automation.Language.UsingExpressionAst] }, $true)
    $list = New-Object 'System.Collections.Generic.List`1[System.Management.Automation.Language.VariableExpressionAst]'
    foreach ($u in $usings) { $list.Add($u.SubExpression) }
    $names = $usings | ForEach-Object { '$__using_' + $_.SubExpression.VariablePath.UserPath } | Select-Object -Unique
    $tuple = [Tuple]::Create($list, ($names -join ', '))
    $flags = [Reflection.BindingFlags]'Default,NonPublic,Instance'
    $method = $ScriptBlock.Ast.GetType().GetMethod('GetWithInputHandlingForInvokeCommandImpl', $flags)
    $method.Invoke($ScriptBlock.Ast, @($tuple))
}
$flags = [Reflection.BindingFlags]'Default,NonPublic,Instance'
$method = { 1 }.Ast.GetType().GetMethod('GetWithInputHandlingForInvokeCommandImpl', $flags)
'{0} {1} {2}' -f $method.Name, $method.IsPublic, $method.IsPrivate
$null -eq { 1 }.Ast.GetType().GetMethod('GetWithInputHandlingForInvokeCommandImpl')
try { { 1 }.Ast.GetWithInputHandlingForInvokeCommandImpl($null) } catch { $_.FullyQualifiedErrorId }

$prefix = 'item'
$factor = 3
$text = ConvertTo-UsingFree {
    param($n)
    "$using:prefix-$n"
    $n * $using:factor + $using:factor
}
"[$text]"
& ([scriptblock]::Create($text)) $prefix $factor 5

$text = ConvertTo-UsingFree { Write-Output "$using:prefix!" }
"[$text]"
$text = ConvertTo-UsingFree { $input | ForEach-Object { $_ * $using:factor } }
"[$text]"
"[" + $method.Invoke({ Get-Date }.Ast, @($null)) + "]"
"[" + $method.Invoke({ param($a) Get-Item $a }.Ast, @($null)) + "]"
"[" + $method.Invoke({ 'a'; 'b' }.Ast, @($null)) + "]"
