# Subtracting two Get-Date results gives a TimeSpan whose deterministic properties can be checked.
$start = Get-Date
$duration = (Get-Date) - $start
$duration.GetType().Name
$duration.TotalMilliseconds -ge 0
$duration -lt [timespan]::FromMinutes(1)
