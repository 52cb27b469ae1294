# The unary comma wraps its operand in a one-element array, so an array can be nested.
(, 1).Count
(, (1, 2)).Count
$nested = , (1, 2)
$nested[0].Count
(1, 2 + 3).Count
