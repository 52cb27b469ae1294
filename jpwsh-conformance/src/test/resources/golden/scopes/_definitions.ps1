# Helper for dot-source-script-file.ps1: defines one variable and one function.
$definedValue = 42
function Get-Definition { 'defined in a helper' }
