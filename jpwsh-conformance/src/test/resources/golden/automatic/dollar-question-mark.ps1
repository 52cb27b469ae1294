# $? is true after a statement succeeds and false after a command reports an error.
Write-Output 'ok' | Out-Null
$?
Write-Error 'bad' -ErrorAction SilentlyContinue
$?
$x = 1 + 1
$?
