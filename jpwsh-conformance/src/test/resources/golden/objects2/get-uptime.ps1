# Get-Uptime writes a TimeSpan of whole seconds since boot; -Since writes the boot time as a DateTime.
$u = Get-Uptime
$u.GetType().FullName
$u.Milliseconds
$u.TotalSeconds -gt 0
$s = Get-Uptime -Since
$s.GetType().FullName
[math]::Abs(((Get-Date) - $s - $u).TotalSeconds) -lt 5
try { Get-Uptime -Bogus } catch { $_.FullyQualifiedErrorId }
