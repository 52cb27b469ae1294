# $Host is the console host, $PID a positive integer, and $HOME is set.
$Host.Name
$PID -is [int] -and $PID -gt 0
[string]::IsNullOrEmpty($HOME)
$ShellId
$PWD.GetType().Name
