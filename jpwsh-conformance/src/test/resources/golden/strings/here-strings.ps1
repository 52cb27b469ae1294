# Here-strings keep their line breaks; only the double-quoted form expands variables.
$v = 'x'
$h = @"
Value: $v
  indented
"@
$h
$l = @'
Value: $v
'@
$l
$h.Split("`n").Count
