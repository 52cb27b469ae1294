# A collection holding $null converts to a string with an empty item for it; -replace takes a pattern and replacement pair computed at run time
[string](1, $null, 2)
"[$(1, $null, 2)]"
$pair = @(1, $null)
"[$pair]"
"[$('x' -replace 'x', $null ?? 1)]"
$rule = 'b', 'B'
'abc' -replace $rule
