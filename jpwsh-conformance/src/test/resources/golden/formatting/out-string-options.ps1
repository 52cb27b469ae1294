# Out-String: one string ending with a newline per line, -Stream one string per line, -NoNewline the lines joined, -Width cuts table cells with an ellipsis.
$o = [pscustomobject]@{ Name = 'a fairly long name for a narrow column'; Size = 12345 }
$text = $o | Out-String
$text.EndsWith("`n")
($text -split "`n").Count
$o | Out-String -Stream | ForEach-Object { "[$_]" }
'x', 'y' | Out-String -NoNewline
$o | Out-String -Width 25 -Stream | ForEach-Object { "[$_]" }
[pscustomobject]@{ Text = 'one two three four five six seven' } | Format-List | Out-String -Width 20 -Stream | ForEach-Object { "[$_]" }
