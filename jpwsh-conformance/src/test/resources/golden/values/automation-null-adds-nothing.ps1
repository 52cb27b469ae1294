# A command that writes nothing gives AutomationNull, not $null: added to an array it adds no element ($a += (& {}) leaves 0), where $null added is an element; it equals $null, @() of it is empty, and a variable assigned it holds $null
$a = @()
$a += (& {})
$a.Count
$b = @(1)
$b += $null
$b.Count
(& {}) -eq $null
@(& {}).Count
$x = & {}
$null -eq $x
