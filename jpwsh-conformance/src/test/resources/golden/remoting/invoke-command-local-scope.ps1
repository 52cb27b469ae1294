# Invoke-Command runs its block in a child scope; -NoNewScope runs it in the caller's scope, so assignments stay
$x = 1
Invoke-Command { $x = 5; "inside=$x" }
"after=$x"
Invoke-Command -NoNewScope { $x = 7 }
"after NoNewScope=$x"
function Test-Scope { $y = 'local'; Invoke-Command -NoNewScope { $y = 'changed' }; $y }
Test-Scope
