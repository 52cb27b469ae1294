# $scriptblock.Ast, (Get-Command f).ScriptBlock.Ast and $function:f.Ast: the block's node in its script, with the script's positions
function Get-Thing {
    [CmdletBinding()]
    param([Parameter(Mandatory)] [string] $Name, [switch] $Force)
    "thing $Name"
}

$block = {
    param($a)
    $a + 1
}

$block.Ast.GetType().Name
$block.Ast.Extent.StartLineNumber
$block.Ast.Extent.EndLineNumber
$block.Ast.Parent.GetType().Name
$block.Ast.ParamBlock.Parameters[0].Name.VariablePath.UserPath
$block.Ast.EndBlock.Statements[0].Extent.Text
$block.Ast.EndBlock.Statements[0].Extent.StartLineNumber
$block.Ast.Extent.File -eq $PSCommandPath

$f = (Get-Command Get-Thing).ScriptBlock.Ast
$f.GetType().Name
$f.Name
$f.IsFilter
$f.Extent.StartLineNumber
$f.Body.ParamBlock.Attributes[0].TypeName.Name
$f.Body.ParamBlock.Parameters | ForEach-Object { $_.Name.VariablePath.UserPath + ':' + $_.Attributes[-1].TypeName.Name }
$attr = $f.Body.ParamBlock.Parameters[0].Attributes[0]
$attr.GetType().Name
$attr.NamedArguments[0].ArgumentName
$attr.NamedArguments[0].ExpressionOmitted
$attr.NamedArguments[0].Argument.Value
${function:Get-Thing}.Ast.Name

filter Get-Twice { $_ * 2 }
${function:Get-Twice}.Ast.IsFilter

# A block made from text is its own script: line 1, no parent, no file
$made = [scriptblock]::Create('$x = 1' + [Environment]::NewLine + 'Write-Output $x')
$made.Ast.GetType().Name
$made.Ast.Parent -eq $null
$made.Ast.Extent.EndLineNumber
$made.Ast.Extent.File -eq $null
$made.Ast.EndBlock.Statements.Count

# The same block read twice gives the same tree
$block.Ast -eq $block.Ast
# Nested blocks find their own node
$outer = { $inner = { 'deep' }; $inner }
$inner = & $outer
$inner.Ast.Extent.Text
$inner.Ast.Parent.Parent.Parent.Parent.GetType().Name
