# AstTypeInference gives System.Type for GetType() and for System.Type's members that give a type (GetElementType, BaseType, GetGenericTypeDefinition, MakeArrayType), and follows them to their own members; a script class's ::new() is that class
class InferredItem { [int]$Count }
function Infer([scriptblock]$Block) {
    $expression = $Block.Ast.EndBlock.Statements[0].PipelineElements[0].Expression
    ([System.Management.Automation.AstTypeInference]::InferTypeOf($expression) | ForEach-Object Name) -join ', '
}
Infer { [int[]].GetElementType() }
Infer { [int].BaseType }
Infer { [System.Collections.Generic.List[int]].GetGenericTypeDefinition() }
Infer { (1).GetType() }
Infer { 'text'.GetType().MakeArrayType() }
Infer { [int].FullName }
Infer { [int].GetElementType().Name }
Infer { [InferredItem]::new() }
