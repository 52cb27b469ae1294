# The $using: scan that runspace tools (Invoke-Parallel, PoshRSJob, PSParallelPipeline) make through $ScriptBlock.Ast, and the script block they rebuild from its text
function Get-UsingVariable {
    param([scriptblock] $ScriptBlock)
    $ScriptBlock.Ast.FindAll({ $args[0] -is [System.Management.Automation.Language.UsingExpressionAst] }, $true)
}

function Invoke-WithUsing {
    param([scriptblock] $ScriptBlock, [object[]] $ArgumentList)
    $usings = @(Get-UsingVariable $ScriptBlock)
    $list = New-Object 'System.Collections.Generic.List`1[System.Management.Automation.Language.VariableExpressionAst]'
    foreach ($u in $usings) { [void]$list.Add($u.SubExpression) }
    $unique = $usings | Group-Object -Property SubExpression | ForEach-Object { $_.Group | Select-Object -First 1 }
    $data = foreach ($var in $unique) {
        $value = Get-Variable -Name $var.SubExpression.VariablePath.UserPath -Scope 1 -ErrorAction Stop
        [pscustomobject]@{
            Name       = $var.SubExpression.Extent.Text
            Value      = $value.Value
            NewName    = '$__using_{0}' -f $var.SubExpression.VariablePath.UserPath
            NewVarName = '__using_{0}' -f $var.SubExpression.VariablePath.UserPath
        }
    }
    # Rebuild the text: each $using: expression replaced by its new name, from the last one back
    $text = $ScriptBlock.Ast.Extent.Text
    $text = $text.Substring(1, $text.Length - 2)
    $offset = $ScriptBlock.Ast.Extent.StartOffset + 1
    foreach ($u in ($usings | Sort-Object { $_.Extent.StartOffset } -Descending)) {
        $new = '$__using_' + $u.SubExpression.VariablePath.UserPath
        $text = $text.Remove($u.Extent.StartOffset - $offset, $u.Extent.EndOffset - $u.Extent.StartOffset).Insert($u.Extent.StartOffset - $offset, $new)
    }
    $params = [System.Collections.Generic.List[string]]::new()
    foreach ($p in $ScriptBlock.Ast.ParamBlock.Parameters) { $params.Add($p.Name.Extent.Text) }
    foreach ($d in $data) { $params.Add($d.NewName) }
    if ($ScriptBlock.Ast.ParamBlock) {
        $body = $text.Remove($ScriptBlock.Ast.ParamBlock.Extent.StartOffset - $offset, $ScriptBlock.Ast.ParamBlock.Extent.Text.Length)
    } else {
        $body = $text
    }
    $rebuilt = 'param(' + ($params -join ', ') + ')' + $body
    "count: $($list.Count) unique: $(@($data).Count)"
    $data | ForEach-Object { "$($_.Name) -> $($_.NewName) = $($_.Value)" }
    "rebuilt: $rebuilt"
    $sb = $ExecutionContext.InvokeCommand.NewScriptBlock($rebuilt)
    $all = [System.Collections.Generic.List[object]]::new()
    foreach ($a in $ArgumentList) { $all.Add($a) }
    foreach ($d in $data) { $all.Add($d.Value) }
    & $sb @all
}

$prefix = 'item'
$factor = 3
Invoke-WithUsing -ScriptBlock {
    param($n)
    "$using:prefix-$n"
    $n * $using:factor + $using:factor
} -ArgumentList 5

# No param block: the parameters are only the $using: ones
$greeting = 'hello'
Invoke-WithUsing { "$using:greeting world" }

# The types and properties the tools read
$u = @(Get-UsingVariable { $using:factor; { $using:prefix } })
$u.Count
$u[0].GetType().FullName
$u[0].SubExpression.GetType().Name
$u[0].SubExpression.VariablePath.UserPath
$u[0].SubExpression.VariablePath.IsUnqualified
$u[0].Extent.Text
$u[0].SubExpression.Extent.Text
$u[1].Parent.GetType().Name
# Nested script blocks are left out when asked
$top = { $using:factor; { $using:prefix } }
@($top.Ast.FindAll({ $args[0] -is [System.Management.Automation.Language.UsingExpressionAst] }, $false)).Count
# A block without $using: finds nothing
@(Get-UsingVariable { $x + 1 }).Count
# Member access and indexing after $using: belong to the using expression
$chained = @(Get-UsingVariable { $using:settings.Name; $using:items[0]; $using:settings.Path.Length })
$chained | ForEach-Object { '{0} | {1} | {2}' -f $_.Extent.Text, $_.SubExpression.GetType().Name, $_.SubExpression.Extent.Text }
$chained[0].SubExpression.Expression.VariablePath.UserPath
$chained[1].SubExpression.Target.VariablePath.UserPath
