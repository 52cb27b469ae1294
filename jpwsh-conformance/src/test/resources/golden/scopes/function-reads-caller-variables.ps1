# A function reads variables from its caller's scopes, so what it sees depends on who calls it.
function Show-X { "x is $x" }
$x = 'script'
Show-X
function Invoke-Outer { $x = 'outer'; Show-X }
Invoke-Outer
Show-X
