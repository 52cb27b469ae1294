# AstTypeInference names a hashtable literal and a [pscustomobject]/[psobject] cast of one with pwsh's PSSyntheticTypeName (Hashtable#a:b:c, members sorted, a PSTypeName key naming the custom object's type and leaving the members; an empty literal stays Hashtable; each member with its type and constant), and infers a script class's property types, method return types and static members from its TypeDefinitionAst, whether the class ran already or is only in the parsed text
$ati = [psobject].Assembly.GetType('System.Management.Automation.AstTypeInference')
function Show-Inferred($ast) { $ati::InferTypeOf($ast) | ForEach-Object { "$($_.GetType().Name) $($_.Name) [$($_.Type)]" } }
Show-Inferred { @{ b = 1; a = 'x'; c = $true } }.Ast
Show-Inferred { [pscustomobject]@{ Name = 'n'; Size = 2.5 } }.Ast
Show-Inferred { [pscustomobject]@{ PSTypeName = 'My.Thing'; Id = 3 } }.Ast
Show-Inferred { @{} }.Ast
$t = $ati::InferTypeOf({ @{ b = 1; a = 'x' } }.Ast)[0]
$t.Members | ForEach-Object { "$($_.Name) $($_.PSTypeName) $($_.Value)" }
function Show-Names($ast) { ($ati::InferTypeOf($ast) | ForEach-Object { $_.Name }) -join ', ' }
class Box { [int]$Size; [string[]]$Tags; [string] Describe() { return 'x' }; [Box] Copy() { return $this }; static [datetime] When() { return [datetime]::Now } }
'defined: ' + (Show-Names { [Box]::new().Size }.Ast)
Show-Names { [Box]::new().Tags }.Ast
Show-Names { [Box]::new().Describe() }.Ast
Show-Names { [Box]::new().Copy() }.Ast
Show-Names { [Box]::When() }.Ast
Show-Names { $b = [Box]::new(); $b.Size }.Ast
'in the same text:'
$ast = [System.Management.Automation.Language.Parser]::ParseInput('class Crate { [long]$Weight; [hashtable] Label() { return @{} } }; [Crate]::new().Weight; [Crate]::new().Label(); $c = [Crate]::new(); $c.Weight', [ref]$null, [ref]$null)
$ast.EndBlock.Statements | Select-Object -Skip 1 | ForEach-Object { Show-Names $_ }
