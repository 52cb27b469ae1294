# Out-Null discards everything piped to it.
1..3 | Out-Null
'kept'
$r = 'x' | Out-Null
$null -eq $r
