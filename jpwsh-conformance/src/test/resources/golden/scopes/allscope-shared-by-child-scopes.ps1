# An AllScope variable is shared by the scopes below the one that holds it: an assignment in a function changes it,
# whether it was created AllScope, in the global scope or in a function, or given the option later; a variable
# without the option gets a new local copy instead.
New-Variable -Name shared -Value 1 -Option AllScope
function Set-Shared { $shared = 2 }
Set-Shared
$shared
$later = 1
Set-Variable -Name later -Option AllScope
function Set-Later { $later = 5 }
Set-Later
$later
$plain = 1
function Set-Plain { $plain = 7; $plain }
Set-Plain
$plain
function Outer {
    New-Variable -Name inner -Value 1 -Option AllScope
    function Set-Inner { $inner = 3 }
    Set-Inner
    $inner
}
Outer
$null -eq $inner
