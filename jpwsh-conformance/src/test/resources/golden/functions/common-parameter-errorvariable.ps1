# -ErrorVariable collects the errors a command writes, even when they are silenced.
function Test-Err { [CmdletBinding()] param() Write-Error 'problem'; 'continued' }
Test-Err -ErrorAction SilentlyContinue -ErrorVariable ev
$ev.Count
"$($ev[0])"
