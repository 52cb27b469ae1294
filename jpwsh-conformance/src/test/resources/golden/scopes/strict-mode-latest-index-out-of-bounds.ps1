# Version 3 and Latest make an index past the end of an array an error instead of $null.
$a = 1, 2, 3
$null -eq $a[10]
Set-StrictMode -Version Latest
try { $a[10]; 'no error' } catch { 'index error' }
Set-StrictMode -Off
$null -eq $a[10]
