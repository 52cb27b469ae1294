# A statement-terminating error follows $ErrorActionPreference: SilentlyContinue records it in $Error without showing it
$ErrorActionPreference = 'SilentlyContinue'
$Error.Clear()
no-such-command-b18
"after: $?"
$Error.Count
$Error[0].FullyQualifiedErrorId
$ErrorActionPreference = 'Continue'
1 / 0
"after divide: $?"
