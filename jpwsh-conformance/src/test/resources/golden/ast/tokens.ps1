# ParseInput's tokens (Kind, Text, TokenFlags, Extent) and [PSParser]::Tokenize's PSTokens, as PowerShell reports them
using namespace System.Management.Automation.Language
$text = "Get-Item -Path `$x | Select-Object Name # note`n`$y.Count + 12 -eq 'a'`nforeach (`$i in `$list) { [int]`$i }"
$tokens = $null
$null = [Parser]::ParseInput($text, [ref]$tokens, [ref]$null)
$tokens.GetType().FullName
foreach ($t in $tokens) {
    $roles = @('CommandName', 'MemberName', 'TypeName', 'Keyword', 'BinaryOperator') | Where-Object { $t.TokenFlags.HasFlag([TokenFlags]$_) }
    '{0,-12} {1,-14} {2}' -f $t.Kind, ($t.Text -replace "`n", '\n'), ($roles -join ',')
}
'--- token classes'
$tokens[2].GetType().Name
$tokens[2].Name
$tokens[2].VariablePath.UserPath
$tokens[1].GetType().Name
$tokens[1].ParameterName
($tokens | Where-Object Kind -eq 'Number').Value
($tokens | Where-Object Kind -eq 'StringLiteral').Value
$tokens[-1].Kind
$tokens[-1].Extent.StartOffset -eq $text.Length
[TokenKind]::Ieq -eq $tokens[13].Kind
'--- PSParser'
$errors = $null
$ps = [System.Management.Automation.PSParser]::Tokenize($text, [ref]$errors)
$errors.Count
foreach ($t in $ps) { '{0,-18} {1,-14} {2},{3} {4}:{5}' -f $t.Type, ($t.Content -replace "`n", '\n'), $t.Start, $t.Length, $t.StartLine, $t.StartColumn }
$ps[0].GetType().FullName
'--- keywords by position'
foreach ($script in 'default', 'hidden', 'echo default hidden in static', 'switch (1) { default { 0 } }') {
    $null = [Parser]::ParseInput($script, [ref]$tokens, [ref]$null)
    ($tokens | Where-Object Kind -ne 'EndOfInput' | ForEach-Object { "$($_.Kind)" }) -join ' '
}
