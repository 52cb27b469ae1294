# Debug-Process: Linux has no CIM server to attach a debugger through, so a live process is pwsh's GetCimException error; unknown names and ids are the usual process errors
$self = Get-Process -Id $PID
Debug-Process -Id $PID -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.Category
$e[0].Exception.GetType().FullName
Debug-Process -Name 'no-such-process-jpwsh' -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
$e[0].Exception.Message
Debug-Process -Id 999999999 -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
$self | Debug-Process -ErrorAction SilentlyContinue -ErrorVariable e
$e.Count
try { Debug-Process } catch { $_.FullyQualifiedErrorId }
