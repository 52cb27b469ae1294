# ${function:name} = value defines a function as pwsh's function provider does: a scope-qualified name (function:global:f, function:script:f) defines it in that scope, the script block stays bound to the session state it was made in (a module's literal runs in the module wherever it is called, a caller's literal given to a module runs in the caller's state), text becomes a script block, and reading it back gives the block
$x = 'script'
${function:Show-Plain} = { "plain sees x=$x, args=$args" }
function Test-Plain { $x = 'Test-Plain'; Show-Plain 1 2 }
Test-Plain
function Set-Global { ${function:global:Show-Global} = { param($a) "global a=$a x=$x" } }
Set-Global
function Test-Global { $x = 'Test-Global'; Show-Global -a 5 }
Test-Global
(Get-Command Show-Global).CommandType
(Get-Command Show-Global).ScriptBlock.ToString()
function Set-Script { ${function:script:Show-Script} = { "script-scoped sees x=$x" }; $x = 'Set-Script'; Show-Script }
Set-Script
Show-Script
function Set-Local { ${function:Show-Local} = { 'local' }; Show-Local }
Set-Local
[bool](Get-Command Show-Local -ErrorAction SilentlyContinue)
${function:Show-Text} = '"from text: $x"'
Show-Text
${function:Show-Text}.GetType().FullName
$null = New-Module -Name FunctionDriveDemo {
    $x = 'module'
    ${function:Show-Module} = { "module literal sees x=$x" }
    function Set-Callback($block) { ${function:global:Invoke-Callback} = $block }
    function Invoke-FromModule { $x = 'module function'; Invoke-Callback }
    Export-ModuleMember -Function Show-Module, Set-Callback, Invoke-FromModule
}
function Test-Module { $x = 'Test-Module'; Show-Module }
Test-Module
Set-Callback { "callback sees x=$x" }
function Test-Callback { $x = 'Test-Callback'; Invoke-FromModule }
Test-Callback
Invoke-FromModule
