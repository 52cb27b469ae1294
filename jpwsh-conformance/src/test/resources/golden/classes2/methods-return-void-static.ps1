# Methods (about_Classes_Methods): only return emits (other output is dropped), the value converts to the declared type, [void] methods give nothing, overloads by count and type, $this is the instance, static methods via [T]::M(), and a method sees script variables only through scopes (its own variables are local)
$global:counter = 0
class Calc {
    [int]$Base = 10
    [int] Add([int]$x) { 'ignored output'; Write-Output 'also ignored'; return $this.Base + $x }
    [string] Add([string]$x) { return "text:$x" }
    [int] Add([int]$x, [int]$y) { return $x + $y }
    [int] Half() { return 7 / 2 }
    [string] Number() { return 42 }
    [object] Many() { return 1, 2, 3 }
    [void] Bump() { $this.Base++; 'never seen' }
    [Calc] Self() { return $this }
    [int] Loop() {
        foreach ($i in 1..10) { if ($i -eq 4) { return $i * 100 } }
        return -1
    }
    static [int] Twice([int]$v) { return $v * 2 }
    static [string] Describe() { return "Calc with static $([Calc]::Twice(21))" }
    [void] TouchGlobal() { $global:counter++ }
    [string] Local() { $counter = 'local'; return $counter }
}
$c = [Calc]::new()
$c.Add(5)
$c.Add('five')
$c.Add(2, 3)
$c.Half()
$c.Number().GetType().Name
$c.Many().Count
$r = $c.Bump()
"bump gave null: $($null -eq $r); Base now $($c.Base)"
$c.Bump()
$c.Self().Self().Base
$c.Loop()
[Calc]::Twice(4)
[Calc]::Describe()
$c.TouchGlobal(); $c.TouchGlobal()
$global:counter
$c.Local()
$counter
@($c.Add(1)).Count
