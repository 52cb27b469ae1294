# A class method's $script: scope is the scope of the script that defined the class (read and written from static and instance methods, whatever scope calls them), and the module's for a class a module defines
$script:counter = 10
class Counter {
    static [int] Next() { $script:counter++; return $script:counter }
    [string] Read() { return "script sees $script:counter" }
}
[Counter]::Next()
$c = [Counter]::new()
& { $counter = 99; $c.Read() }
$counter
"global: [$global:counter]"
$m = New-Module -Name ClassHome -ScriptBlock {
    $script:state = 'module state'
    class InModule { static [string] Get() { return $script:state } }
    function Get-ModuleState { [InModule]::Get() }
}
Get-ModuleState
