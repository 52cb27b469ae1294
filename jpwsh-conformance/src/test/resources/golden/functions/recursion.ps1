# Functions can call themselves recursively.
function Get-Fib([int]$n) { if ($n -lt 2) { $n } else { (Get-Fib ($n - 1)) + (Get-Fib ($n - 2)) } }
Get-Fib 10
Get-Fib 20
