# An exception shows System.Exception's properties in .NET's order, never Java's (Cause, LocalizedMessage, Suppressed)
[exception]'plain'
$e = [System.InvalidOperationException]::new('bad state')
$e.HResult
$e.Data.Count
$null -eq $e.StackTrace
$e.psobject.Properties.Name -join ','
[System.ArgumentException]::new('bad').HResult
[System.ArgumentNullException]::new('p') | Format-List ParamName, Message, HResult
