# @args and @PSBoundParameters relay a function's arguments to another command.
function Show-AB { param($A, $B) "A=$A B=$B" }
function Relay-Args { Show-AB @args }
Relay-Args -B 2 -A 1
function Relay-Bound { param($A, $B) Show-AB @PSBoundParameters }
Relay-Bound -B 5
