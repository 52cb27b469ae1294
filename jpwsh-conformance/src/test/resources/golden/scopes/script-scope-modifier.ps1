# $script: reads and writes the script's scope from inside a function.
$count = 0
function Add-One { $script:count++ }
Add-One
Add-One
$count
function Get-Count { $count = 100; $script:count }
Get-Count
