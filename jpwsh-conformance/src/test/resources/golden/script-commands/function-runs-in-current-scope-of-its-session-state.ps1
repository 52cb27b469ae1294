# A function runs in a child of the current scope of the session state it belongs to, as pwsh's command processor makes its scope: a function defined outside modules and called by a module function sees the variables of the function that called the module (not those of the scope it was defined in), and a module function called back from outside sees the module function still running; a literal passed into a module and dot-sourced there runs in its own session state's current scope
function global:Show-Outside { "outside sees x=$x" }
$null = New-Module -Name CurrentScopeDemo {
    $x = 'module'
    function Invoke-Outside { $x = 'module function'; Show-Outside }
    function Invoke-Both { $x = 'Invoke-Both'; Show-Outside; Show-Inner }
    function Show-Inner { "inner sees x=$x" }
    function Invoke-Back { $x = 'Invoke-Back'; Invoke-Outer }
    function Show-Back { "module function called back sees x=$x" }
    function Invoke-Dot($block) { $x = 'Invoke-Dot'; . $block }
    Export-ModuleMember -Function Invoke-Outside, Invoke-Both, Invoke-Back, Show-Back, Invoke-Dot
}
function global:Invoke-Outer { $x = 'Invoke-Outer'; Show-Back }
$x = 'script'
Invoke-Outside
function Test-One { $x = 'Test-One'; Invoke-Outside }
Test-One
function Test-Two { $x = 'Test-Two'; & { $x = 'nested block'; Invoke-Both } }
Test-Two
Show-Back
Invoke-Back
function Test-Dot { $x = 'Test-Dot'; Invoke-Dot { "dot-sourced literal sees x=$x"; $y = 'set by the literal' }; "Test-Dot then sees y=$y" }
Test-Dot
