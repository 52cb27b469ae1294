# The ternary, ?? and ??= operators choose values without an if statement.
$x = 5
$x -gt 3 ? 'big' : 'small'
$null ?? 'fallback'
0 ?? 'fallback'
$y = $null
$y ??= 'set'
$y
$y ??= 'again'
$y
