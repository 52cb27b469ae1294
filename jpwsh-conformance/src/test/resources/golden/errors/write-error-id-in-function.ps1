# An error written inside a function has the function's name appended to its error id.
function Test-Fail { Write-Error 'inside' -ErrorId 'FailId' -ErrorAction SilentlyContinue }
Test-Fail
$Error[0].FullyQualifiedErrorId
$Error[0].InvocationInfo.MyCommand.Name
