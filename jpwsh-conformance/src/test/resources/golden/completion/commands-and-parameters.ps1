# TabExpansion2 completes command names (sorted, unique, wildcards, aliases, Verb-Noun abbreviations), parameter names with their types (common parameters last, bound ones left out), ValidateSet and enum values in the word's quotes, and reports what it replaces
function Invoke-ZqxAlpha { param([ValidateSet('Red', 'Green', 'Dark Blue')][string]$Color, [System.DayOfWeek]$Day, [switch]$Force, [string]$Name) }
function Invoke-ZqxBeta { [CmdletBinding()] param([int]$Count) }
function Get-ZqxGammaDeltaItem { }
Set-Alias -Name zqxa -Value Invoke-ZqxAlpha

function Show-Completion([string]$InputScript, [int]$Cursor = $InputScript.Length) {
    $result = TabExpansion2 -inputScript $InputScript -cursorColumn $Cursor
    "[$InputScript] replaces $($result.ReplacementIndex),$($result.ReplacementLength) current $($result.CurrentMatchIndex)"
    foreach ($match in $result.CompletionMatches) {
        $tip = if ($match.ResultType -eq 'Command') { '(syntax)' } else { $match.ToolTip }
        "  $($match.CompletionText) | $($match.ListItemText) | $($match.ResultType) | $tip"
    }
}

Show-Completion 'Invoke-Zqx'
Show-Completion 'invoke-zqx*a'
Show-Completion 'zqx'
Show-Completion 'g-zgdi'
Show-Completion 'Invoke-ZqxAlpha -'
Show-Completion 'Invoke-ZqxAlpha -Color Red -'
Show-Completion 'Invoke-ZqxBeta -C'
Show-Completion 'Invoke-ZqxBeta -Co'
Show-Completion 'Invoke-ZqxAlpha -Color '
Show-Completion 'Invoke-ZqxAlpha -Color d'
Show-Completion 'Invoke-ZqxAlpha -Color "'
Show-Completion "zqxa -Color 'G"
Show-Completion 'Invoke-ZqxAlpha -Day T'
Show-Completion 'Invoke-ZqxAlpha -Color Red; Invoke-ZqxB' 39
Show-Completion 'Get-Date | Invoke-ZqxBeta -Count 1 -ErrorAction Si'
Show-Completion 'Get-Variable -Scope '
(TabExpansion2 "'' -notl").CompletionMatches.CompletionText
# the static forms complete in the session's global scope
function global:Invoke-ZqxGlobal { }
$completion = [System.Management.Automation.CommandCompletion]::CompleteInput('Invoke-ZqxG', 11, $null)
$completion.GetType().FullName
$completion.CompletionMatches[0].GetType().FullName
$completion.CompletionMatches[0].CompletionText
$tokens = $null
$ast = [System.Management.Automation.Language.Parser]::ParseInput('Invoke-ZqxG', [ref]$tokens, [ref]$null)
([System.Management.Automation.CommandCompletion]::CompleteInput($ast, $tokens, $ast.Extent.EndScriptPosition, $null)).CompletionMatches.CompletionText
(TabExpansion2 -ast $ast -tokens $tokens -positionOfCursor $ast.Extent.EndScriptPosition).CompletionMatches.CompletionText
[System.Management.Automation.CompletionResult]::new('text').ResultType
