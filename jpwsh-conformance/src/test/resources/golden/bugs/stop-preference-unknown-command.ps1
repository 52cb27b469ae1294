# With $ErrorActionPreference = 'Stop' an unknown command ends the script (a try catches it first)
#! exit: 1
#! stderr: nonempty
$ErrorActionPreference = 'Stop'
try { no-such-command-b18 } catch { "caught $($_.FullyQualifiedErrorId)" }
"before"
no-such-command-b18
"not reached"
