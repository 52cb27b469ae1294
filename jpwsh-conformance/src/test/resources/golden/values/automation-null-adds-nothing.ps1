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
# a variable holding it sends nothing down a pipeline, and copies of it do the same
'piped:' + (($x | ForEach-Object { 'ran' }) -join ',')
'paren piped:' + (((& {}) | ForEach-Object { 'ran' }) -join ',')
'null piped:' + (($null | ForEach-Object { 'ran' }) -join ',')
@($x).Count
$y = $x
@($y).Count
$x -eq $null
"[$x]"
$x ?? 'default'
# a void method gives it too
$list = [System.Collections.ArrayList]::new()
$c = @(1)
$c += $list.Clear()
$c.Count
$v = $list.Clear()
@($v).Count
# return of nothing returns nothing; a parameter given it gets $null
function Get-Nothing { return (& {}) }
@(Get-Nothing).Count
function Test-Param($p) { ($p | ForEach-Object { 'param ran' }) -join ',' }
Test-Param (& {})
# arithmetic and typed variables read it as $null
$x += 1
$x
[int]$i = & {}
$i
$s = 'a' + (& {})
$s
