# $input enumerates the pipeline input of a function that has no process block.
function Get-Total { $t = 0; foreach ($n in $input) { $t += $n }; $t }
1..4 | Get-Total
function Get-InputCount { @($input).Count }
'a', 'b' | Get-InputCount
Get-InputCount
