# Invoke-Command without a computer runs the block here: -ArgumentList binds its parameters by position, the rest goes to $args
Invoke-Command -ScriptBlock { param($a, $b) "$a+$b=$($a + $b)" } -ArgumentList 2, 3
Invoke-Command { "count=$($args.Count) first=$($args[0])" } -ArgumentList x, y, z
Invoke-Command { param([int]$n) $n * 2 } -Args '21'
(Invoke-Command { 1; 2; 3 }).Count
