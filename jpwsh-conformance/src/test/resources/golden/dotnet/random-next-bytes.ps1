# [Random]'s NextBytes fills the script's own byte array in place; a null buffer is .NET's ArgumentNullException
$r = [System.Random]::new(42)
$b = [byte[]]::new(16)
$r.NextBytes($b)
$b.Count
($b | Where-Object { $_ -ne 0 }).Count -gt 8
$b[0].GetType().Name
try { $r.NextBytes($null) } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
