# [Parser]::ParseInput returns PowerShell's AST classes with their properties, extents and parents
$text = @'
param([int] $Count = 2, $Name)
$total = 0
foreach ($i in 1..$Count) { $total += $i }
Get-Item -Path $Name | Select-Object -First 1
if ($total -gt 2) { "big: $total" } else { 'small' }
$h = @{ a = 1; b = 'x' }
$h.a.ToString()
'@
$tokens = $null
$errors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$tokens, [ref]$errors)
$ast.GetType().FullName
$errors.Count
$ast.ParamBlock.Parameters.Count
$ast.ParamBlock.Parameters[0].Name.VariablePath.UserPath
$ast.ParamBlock.Parameters[0].StaticType.FullName
$ast.ParamBlock.Parameters[0].DefaultValue.Value
$ast.ParamBlock.Parameters[0].Attributes[0].GetType().Name
$ast.ParamBlock.Parameters[0].Attributes[0].TypeName.FullName
$ast.ParamBlock.Parameters[1].StaticType.FullName
$ast.BeginBlock -eq $null
$ast.EndBlock.Unnamed
$ast.EndBlock.BlockKind
$ast.EndBlock.Statements | ForEach-Object { $_.GetType().Name }
'--- assignment'
$assign = $ast.EndBlock.Statements[0]
$assign.Left.VariablePath.UserPath
$assign.Operator
$assign.Right.GetType().Name
$assign.Right.Expression.Value
'--- foreach'
$loop = $ast.EndBlock.Statements[1]
$loop.Variable.Extent.Text
$loop.Condition.GetType().Name
$loop.Condition.PipelineElements[0].Expression.GetType().Name
$loop.Condition.PipelineElements[0].Expression.Operator
$loop.Body.Statements[0].Operator
'--- pipeline'
$pipe = $ast.EndBlock.Statements[2]
$pipe.PipelineElements.Count
$pipe.PipelineElements[0].GetCommandName()
$pipe.PipelineElements[0].CommandElements | ForEach-Object { $_.GetType().Name + ' ' + $_.Extent.Text }
$pipe.PipelineElements[0].CommandElements[1].ParameterName
$pipe.PipelineElements[1].CommandElements[2].Value
$pipe.PipelineElements[0].InvocationOperator
'--- if'
$if = $ast.EndBlock.Statements[3]
$if.Clauses.Count
$if.Clauses[0].Item1.Extent.Text
$if.Clauses[0].Item2.Statements[0].PipelineElements[0].Expression.GetType().Name
$if.Clauses[0].Item2.Statements[0].PipelineElements[0].Expression.NestedExpressions[0].VariablePath.UserPath
$if.ElseClause.Statements[0].PipelineElements[0].Expression.StringConstantType
'--- hashtable and members'
$table = $ast.EndBlock.Statements[4].Right.Expression
$table.GetType().Name
$table.KeyValuePairs.Count
$table.KeyValuePairs[0].Item1.Value
$table.KeyValuePairs[1].Item2.GetType().Name
$call = $ast.EndBlock.Statements[5].PipelineElements[0].Expression
$call.GetType().Name
$call.Member.Value
$call.Arguments -eq $null
$call.Expression.GetType().Name
$call.Expression.Member.Value
$call.Expression.Static
'--- extents'
$e = $pipe.PipelineElements[0].CommandElements[2].Extent
$e.Text
$e.StartLineNumber, $e.StartColumnNumber, $e.EndLineNumber, $e.EndColumnNumber
$e.StartOffset -eq $text.IndexOf('$Name |')
$e.EndOffset - $e.StartOffset
$e.File -eq $null
$e.StartScriptPosition.LineNumber
$e.StartScriptPosition.Line
$ast.Extent.StartLineNumber, $ast.Extent.EndLineNumber
'--- parents and text'
$v = $ast.Find({ param($n) $n -is [System.Management.Automation.Language.VariableExpressionAst] -and $n.VariablePath.UserPath -eq 'i' -and $n.Parent.Parent -is [System.Management.Automation.Language.AssignmentStatementAst] }, $true)
$v.Extent.StartLineNumber
$chain = @(); $p = $v; while ($p) { $chain += $p.GetType().Name; $p = $p.Parent }
$chain -join ' < '
$ast.EndBlock.Statements[1].Body.ToString()
"$($ast.EndBlock.Statements[0])"
'--- find all'
$all = $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.VariableExpressionAst] }, $true)
$all.Count
($all | ForEach-Object { $_.VariablePath.UserPath }) -join ','
$ast.Find({ $args[0] -is [System.Management.Automation.Language.TypeDefinitionAst] }, $true) -eq $null
@($ast.FindAll({ $true }, $true)).Count -gt 40
'--- copy'
$copy = $ast.EndBlock.Statements[2].Copy()
$copy.GetType().Name
$copy.Parent -eq $null
$copy.Extent.Text
$copy -eq $ast.EndBlock.Statements[2]
