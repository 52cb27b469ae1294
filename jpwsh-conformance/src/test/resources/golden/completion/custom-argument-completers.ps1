# Tab completion asks a parameter's custom completers first, in pwsh's order: the script block Register-ArgumentCompleter registered, the parameter's [ArgumentCompleter] block (strings become Text results), then its [ArgumentCompletions] values.
function Get-Fruit { param([ArgumentCompleter({ param($c, $p, $w) 'apple', 'avocado', 'banana' | Where-Object { $_ -like "$w*" } })] $Name, [ArgumentCompletions('red', 'green', 'blue')] $Color, $Size) }
Register-ArgumentCompleter -CommandName Get-Fruit -ParameterName Size -ScriptBlock { param($c, $p, $w) 'small', 'large' | Where-Object { $_ -like "$w*" } | ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', "size $_") } }
foreach ($line in 'Get-Fruit -Name a', 'Get-Fruit -Color g', 'Get-Fruit -Color ', 'Get-Fruit -Size l') {
    $r = TabExpansion2 -inputScript $line -cursorColumn $line.Length
    "$line => " + (($r.CompletionMatches | ForEach-Object { "$($_.CompletionText)/$($_.ResultType)/$($_.ToolTip)" }) -join ', ')
}
