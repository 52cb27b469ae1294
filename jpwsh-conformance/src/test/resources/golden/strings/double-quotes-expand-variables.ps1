# Double-quoted strings expand variables and $() subexpressions; single-quoted strings are literal.
$name = 'World'
"Hello $name"
'Hello $name'
"Sum: $(1 + 2)"
"Literal: `$name"
"${name}wide"
