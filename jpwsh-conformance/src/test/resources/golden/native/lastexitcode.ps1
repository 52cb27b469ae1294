# $LASTEXITCODE takes each native program's exit code and $? is false after a non-zero one; a program writing to
# standard error still succeeds when it exits with 0.
sh -c 'exit 3'
"code $LASTEXITCODE, success $?"
sh -c 'exit 0'
"code $LASTEXITCODE, success $?"
sh -c 'echo warning >&2; exit 0' 2>$null
"code $LASTEXITCODE, success $?"
$out = sh -c 'echo value; exit 7'
"captured $out, code $LASTEXITCODE"
function Invoke-Failing { sh -c 'exit 9' }
Invoke-Failing
"from a function: $LASTEXITCODE"
$LASTEXITCODE.GetType().Name
