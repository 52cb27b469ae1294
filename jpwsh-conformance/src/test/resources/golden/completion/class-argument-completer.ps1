# [ArgumentCompleter([SomeClass])] names a script class implementing IArgumentCompleter: binding leaves it alone, and tab completion makes one and asks its CompleteArgument with the command, parameter and word
using namespace System.Management.Automation
using namespace System.Collections.Generic
class FruitCompleter : IArgumentCompleter {
    [IEnumerable[CompletionResult]] CompleteArgument([string]$CommandName, [string]$ParameterName, [string]$WordToComplete,
            [Language.CommandAst]$CommandAst, [System.Collections.IDictionary]$FakeBoundParameters) {
        $results = [System.Collections.Generic.List[System.Management.Automation.CompletionResult]]::new()
        foreach ($fruit in 'apple', 'apricot', 'banana') {
            if ($fruit -like "$WordToComplete*") {
                $results.Add([CompletionResult]::new($fruit, $fruit, [CompletionResultType]::ParameterValue, "$CommandName/$ParameterName"))
            }
        }
        return $results
    }
}
function Get-Fruit { param([ArgumentCompleter([FruitCompleter])] $Name) "fruit $Name" }
Get-Fruit -Name pear
[FruitCompleter]::new() -is [IArgumentCompleter]
[IArgumentCompleter].IsInterface
foreach ($line in 'Get-Fruit -Name ap', 'Get-Fruit -Name b') {
    $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
    "$line => " + (($r.CompletionMatches | ForEach-Object { "$($_.CompletionText)/$($_.ResultType)/$($_.ToolTip)" }) -join ', ')
}
