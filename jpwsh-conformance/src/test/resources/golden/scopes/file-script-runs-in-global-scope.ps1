# A script run with -File is dot-sourced into the global scope, as pwsh's console runs it: its variables, its $script: variables and its parameters are global ones
#! args: given
param($Given = 'default')
$plain = 'set plainly'
$script:viaScript = 'set through script:'
"plain: $global:plain"
"script: $global:viaScript"
"parameter: $global:Given"
"same variable: $((Get-Variable -Name plain -Scope Global).Value)"
function Set-FromFunction { $global:fromFunction = 'function wrote global' }
Set-FromFunction
"function: $fromFunction"
