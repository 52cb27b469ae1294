# TimeSpan values from factories and strings expose their parts and totals.
$ts = [timespan]::FromMinutes(90)
$ts.TotalHours
$ts.Hours
$ts.Minutes
([timespan]'01:30:00').TotalMinutes
[timespan]::FromSeconds(3661).ToString()
"$([timespan]::new(1, 2, 3, 4))"
([timespan]::FromMilliseconds(1500)).TotalSeconds
