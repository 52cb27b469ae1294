# Remove-Variable and Get-Variable take several names and wildcards; -Scope 0 lists the local scope's variables only
$a = 1; $b = 2; $c = 3
Remove-Variable a, b
"[$a][$b][$c]"
$x1 = 1; $x2 = 2
Remove-Variable x*
"x left: $(@(Get-Variable x* -ErrorAction SilentlyContinue).Count)"
function Show-Local {
    $inner = 'here'
    $names = (Get-Variable -Scope 0).Name
    "inner local: $($names -contains 'inner'); c local: $($names -contains 'c')"
    "c visible: $((Get-Variable c).Value)"
    (Get-Variable -Name inner, c -ValueOnly) -join ','
}
Show-Local
Remove-Variable nope-b18
Remove-Variable nope-b18* 
(Get-Variable c, nope-b18 -ErrorAction SilentlyContinue).Name
