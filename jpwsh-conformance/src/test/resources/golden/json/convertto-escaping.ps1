# ConvertTo-Json escapes as pwsh does for each -EscapeHandling: control characters, quotes, HTML characters, non-ASCII
$text = "tab`tnew`ncr`rbell`aquote`"back\slash <b>&'x'</b> caf$([char]0xe9) $([char]0x2028)"
$text | ConvertTo-Json
$text | ConvertTo-Json -EscapeHandling Default
$text | ConvertTo-Json -EscapeHandling EscapeHtml
$text | ConvertTo-Json -EscapeHandling EscapeNonAscii
'--- a surrogate pair is two escapes'
"$([char]0xd83d)$([char]0xde00)" | ConvertTo-Json -EscapeHandling EscapeNonAscii
'--- keys are escaped too'
@{ "a`"b" = 1 } | ConvertTo-Json -Compress
