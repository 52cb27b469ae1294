# Arrays take negative indexes, lists of indexes and ranges; an index past the end gives $null.
$a = 'a'..'h'
$a[-1]
$a[-3..-1] -join ','
$a[0, 2 + 4..5] -join ','
$a[1..-2] -join ','
$null -eq $a[20]
