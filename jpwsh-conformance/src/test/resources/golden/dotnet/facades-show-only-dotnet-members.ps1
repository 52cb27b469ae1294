# A .NET type jpwsh emulates shows only .NET members: TimeSpan.Duration() is the absolute length, and DateTime and Guid have no Value property.
$t = [timespan]::FromMinutes(-90)
"$($t.Duration())"
$t.Duration().TotalMinutes
$null -eq (Get-Date).Value
$null -eq [guid]::Empty.Value
