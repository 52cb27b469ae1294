# Get-PSReadLineOption's defaults on Linux (Emacs keys, ">> ", 4096 commands without duplicates, the audible bell, PSReadLine 2.3's colours), Set-PSReadLineOption changing them (colours as a ConsoleColor, a name, an RGB value or an escape sequence), the Emacs binding of Ctrl+A and a function bound by a name in any case
#! process: own
function Show {
    $o = Get-PSReadLineOption
    "$($o.EditMode) [$($o.ContinuationPrompt)] $($o.MaximumHistoryCount) $($o.HistoryNoDuplicates) $($o.BellStyle)"
    foreach ($name in 'CommandColor', 'KeywordColor', 'StringColor', 'VariableColor', 'ParameterColor', 'CommentColor') {
        "$name " + ($o.$name -replace "`e", 'ESC')
    }
}
Show
Set-PSReadLineOption -Colors @{
    Command = [ConsoleColor]::Magenta
    Keyword = 'DarkRed'
    String = '#00ff00'
    Variable = "`e[4;35m"
} -ContinuationPrompt '+ ' -MaximumHistoryCount 100 -HistoryNoDuplicates:$false -BellStyle None
Show
(Get-PSReadLineKeyHandler | Where-Object { $_.Key -eq 'Ctrl+A' }).Function
Set-PSReadLineKeyHandler -Chord 'Ctrl+F24' -Function yank
(Get-PSReadLineKeyHandler -Chord 'Ctrl+F24').Function
