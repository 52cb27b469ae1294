# & $module { ... } runs a block (or a command) in the module's own scope, . $module { } in that scope itself, and $module.SessionState is the module's session state
$m = New-Module -Name CallIntoModule {
    $secret = 'module secret'
    function Get-Secret { "exported sees $secret" }
    function Hidden-Helper { "private helper ran" }
    Export-ModuleMember -Function Get-Secret
} | Import-Module -PassThru
$secret = 'caller secret'
& $m { $secret }
& $m { param($a) "argument $a, $secret" } 'A'
& $m Hidden-Helper
"the caller cannot: $($null -eq (Get-Command Hidden-Helper -ErrorAction SilentlyContinue))"
. $m { $added = 'set by dot-sourcing' }
& $m { "the module now has: $added" }
"the caller has not: [$added]"
& $m { $local = 'child scope only' }
& $m { "after &: [$local]" }
$state = $m.SessionState
"SessionState: $($state.GetType().FullName)"
"variable through it: $($state.PSVariable.GetValue('secret'))"
$state.PSVariable.Set('secret', 'changed from outside')
Get-Secret
"module of the state: $($state.Module.Name)"
