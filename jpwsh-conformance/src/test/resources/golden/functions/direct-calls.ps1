# Calls of simple functions by name with values only (compiled code binds and runs them directly): $args, bound parameters, $MyInvocation, conversion and validation errors, redefinition, aliases
function two($a, $b) { "a=$a b=$b args=$($args -join ',') count=$($args.Count)" }
function typed([int]$n, [string]$s = 'dflt') { "$($n.GetType().Name) $n $s" }
function shown($x) { $PSBoundParameters.Keys -join ','; $MyInvocation.MyCommand.Name; $MyInvocation.InvocationName }
function ranged([ValidateRange(1, 5)]$r) { "r=$r" }
function noParams { "args=$($args -join '|')" }
function named($input2) { $input2 }
for ($i = 0; $i -lt 3; $i++) {
    two 1
    two 1 2 3 4
    typed '42'
    typed 7 x
    shown 5
    noParams p q
    try { typed 'notanumber' } catch { $_.FullyQualifiedErrorId }
    try { ranged 9 } catch { $_.FullyQualifiedErrorId }
    ranged 3
}
function late { 'first' }
for ($i = 0; $i -lt 2; $i++) {
    late
    function late { 'second' }
}
Set-Alias two noParams
for ($i = 0; $i -lt 2; $i++) { two x y }
function deep($n) { if ($n -gt 0) { deep ($n - 1) } else { 'bottom' } }
deep 200
function readsInput { @($input).Count }
readsInput
New-Variable -Name sharedEverywhere -Value 0 -Option AllScope
function setsShared($sharedEverywhere, $other) { "in=$sharedEverywhere other=$other args=$($args.Count)" }
for ($i = 0; $i -lt 2; $i++) { setsShared (10 + $i) o extra }
"after=$sharedEverywhere"
function swapped([Parameter(Position = 1)]$first, [Parameter(Position = 0)]$second) { "first=$first second=$second" }
for ($i = 0; $i -lt 2; $i++) { swapped a b }
