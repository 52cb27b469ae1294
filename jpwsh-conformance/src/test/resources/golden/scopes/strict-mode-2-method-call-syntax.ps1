# Version 2 rejects calling a function as if it were a method.
function Add-Two($a, $b) { $a + $b }
Set-StrictMode -Version 2
try { Add-Two(1, 2) } catch { $_.FullyQualifiedErrorId }
Add-Two 1 2
