# Join-String joins objects or a property of each, with -Separator ($OFS by default), quotes, a prefix, a suffix or a format string
1, 2, 3 | Join-String
1, 2, 3 | Join-String -Separator ', '
'a', 'b' | Join-String -SingleQuote -Separator ','
'a', 'b' | Join-String -DoubleQuote -OutputPrefix '[' -OutputSuffix ']' -Separator ';'
1.5, 2 | Join-String -FormatString '<{0:N2}>' -Separator ' '
[pscustomobject]@{ N = 'x' }, [pscustomobject]@{ N = 'y' } | Join-String -Property N -Separator '/'
1, 2 | Join-String { $_ * 10 } -Separator '+'
$OFS = '-'
1, 2 | Join-String
Remove-Variable OFS
(@() | Join-String -OutputPrefix '<' -OutputSuffix '>')
Join-String -InputObject 1, 2 -Separator '|'
