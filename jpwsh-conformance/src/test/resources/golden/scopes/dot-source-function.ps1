# Dot-sourcing a function call runs its body in the caller's scope.
function Set-Values { $fromFunction = 'kept' }
Set-Values
$null -eq $fromFunction
. Set-Values
$fromFunction
