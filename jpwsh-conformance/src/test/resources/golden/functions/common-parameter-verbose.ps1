# -Verbose on an advanced function shows its Write-Verbose messages, prefixed VERBOSE:.
function Test-Verbose { [CmdletBinding()] param() Write-Verbose 'details'; 'result' }
Test-Verbose
Test-Verbose -Verbose
