# [Alias()] gives a parameter extra names.
function Get-Size { param([Alias('Len', 'L')] [int]$Length) $Length }
Get-Size -Len 4
Get-Size -L 5
Get-Size -Length 6
