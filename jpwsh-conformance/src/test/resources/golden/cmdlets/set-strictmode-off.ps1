# Set-StrictMode -Off lifts the checks of an earlier Set-StrictMode.
Set-StrictMode -Version Latest
try { $undefinedOne } catch { 'strict' }
Set-StrictMode -Off
"[$undefinedTwo]"
