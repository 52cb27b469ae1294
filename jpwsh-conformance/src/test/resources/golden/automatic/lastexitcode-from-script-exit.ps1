# exit N in a called script sets $LASTEXITCODE in the caller, which then carries on.
$null -eq $LASTEXITCODE
& "$PSScriptRoot/_exit-with-three.ps1"
$LASTEXITCODE
'still running'
