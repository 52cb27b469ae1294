# -WarningAction silences or shows a command's warnings, which print as WARNING: lines.
function Test-Warn { [CmdletBinding()] param() Write-Warning 'careful'; 'done' }
Test-Warn
Test-Warn -WarningAction SilentlyContinue
