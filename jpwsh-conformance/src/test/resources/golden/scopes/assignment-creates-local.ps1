# Assigning a variable inside a function creates a local one and leaves the caller's untouched.
$x = 1
function Set-X { $x = 2; "inside $x" }
Set-X
"outside $x"
