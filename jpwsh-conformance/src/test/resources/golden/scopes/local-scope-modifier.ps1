# $local: refers only to the current scope, so a caller's variable is not found through it.
$v = 'script'
function Test-Local { $null -eq $local:v; $v }
Test-Local
