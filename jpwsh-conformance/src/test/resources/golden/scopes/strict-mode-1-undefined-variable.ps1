# Under Set-StrictMode -Version 1 reading an unset variable is an error, except inside a string.
Set-StrictMode -Version 1
"[$notSet]"
try { $notSet + 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
