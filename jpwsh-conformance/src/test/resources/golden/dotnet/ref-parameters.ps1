# [ref] passes a variable by reference to functions and to .NET out parameters.
function Set-Five([ref]$target) { $target.Value = 5 }
$x = 1
Set-Five ([ref]$x)
$x
$n = 0
[int]::TryParse('42', [ref]$n)
$n
[int]::TryParse('nope', [ref]$n)
$n
$r = [ref]10
$r.Value += 1
$r.Value
