# Script classes deriving from AstVisitor and AstVisitor2 walk a tree through Visit, steering it with AstVisitAction
using namespace System.Management.Automation.Language

class CommandCollector : AstVisitor {
    [System.Collections.Generic.List[string]] $Commands = [System.Collections.Generic.List[string]]::new()
    [int] $Variables

    [AstVisitAction] VisitCommand([CommandAst] $ast) {
        $this.Commands.Add($ast.GetCommandName())
        return [AstVisitAction]::Continue
    }

    [AstVisitAction] VisitVariableExpression([VariableExpressionAst] $ast) {
        $this.Variables++
        return [AstVisitAction]::Continue
    }

    [AstVisitAction] VisitScriptBlockExpression([ScriptBlockExpressionAst] $ast) {
        # Nested blocks are not walked
        return [AstVisitAction]::SkipChildren
    }
}

class FirstString : AstVisitor {
    [string] $Found
    [AstVisitAction] VisitStringConstantExpression([StringConstantExpressionAst] $ast) {
        if ($ast.StringConstantType -ne 'BareWord') {
            $this.Found = $ast.Value
            return [AstVisitAction]::StopVisit
        }
        return [AstVisitAction]::Continue
    }
}

class MemberLister : AstVisitor2 {
    [System.Collections.Generic.List[string]] $Seen = [System.Collections.Generic.List[string]]::new()
    [AstVisitAction] VisitTypeDefinition([TypeDefinitionAst] $ast) {
        $this.Seen.Add("type $($ast.Name) class=$($ast.IsClass) enum=$($ast.IsEnum)")
        return [AstVisitAction]::Continue
    }
    [AstVisitAction] VisitPropertyMember([PropertyMemberAst] $ast) {
        $this.Seen.Add("property $($ast.Name) static=$($ast.IsStatic)")
        return [AstVisitAction]::Continue
    }
    [AstVisitAction] VisitFunctionMember([FunctionMemberAst] $ast) {
        $this.Seen.Add("method $($ast.Name) constructor=$($ast.IsConstructor) parameters=$($ast.Parameters.Count)")
        return [AstVisitAction]::Continue
    }
}

$ast = [Parser]::ParseInput(@'
Get-ChildItem $HOME | Where-Object { $_.Length -gt $limit } | Sort-Object Name
& $cmd -Flag
Write-Output 'first' "second"
'@, [ref]$null, [ref]$null)

$collector = [CommandCollector]::new()
$ast.Visit($collector)
$collector.Commands -join ', '
$collector.Variables

$first = [FirstString]::new()
$ast.Visit($first)
$first.Found

$classes = [Parser]::ParseInput(@'
class Point {
    [int] $X
    static [int] $Count
    Point([int] $x) { $this.X = $x }
    [string] Show() { return "($($this.X))" }
}
enum Color { Red; Green }
'@, [ref]$null, [ref]$null)
$lister = [MemberLister]::new()
$classes.Visit($lister)
$lister.Seen

# A visitor that overrides nothing walks everything and changes nothing
class Quiet : AstVisitor { }
$ast.Visit([Quiet]::new())
'done'
