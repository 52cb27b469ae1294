# [ArgumentCompleter] and [ArgumentCompletions] leave binding alone, and Register-ArgumentCompleter takes its two parameter sets quietly and checks them as pwsh does.
function Set-Paint {
    param(
        [ArgumentCompleter({ param($c, $p, $word) 'red', 'green' | Where-Object { $_ -like "$word*" } })]
        [string] $Colour,
        [string] $Shade,
        [ArgumentCompletions('matt', 'gloss')] [string] $Finish
    )
    "$Colour $Shade $Finish"
}
Set-Paint red dark gloss
Register-ArgumentCompleter -CommandName Set-Paint -ParameterName Finish -ScriptBlock { 'satin' }
Register-ArgumentCompleter -ParameterName Colour -ScriptBlock { 'blue' }
Register-ArgumentCompleter -Native -CommandName git, tar -ScriptBlock { param($word, $ast, $cursor) 'status' }
'registered'
try { Register-ArgumentCompleter -CommandName Set-Paint -ScriptBlock { } } catch { $_.FullyQualifiedErrorId }
