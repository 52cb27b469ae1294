# [DateTimeOffset]: parsing with and without offsets, Offset/DateTime/UtcDateTime, Unix times, comparison by instant, ToOffset, formats with the offset, culture formats and error messages
$o = [datetimeoffset]'2024-03-05T14:07:09+02:00'
$o.ToString()
"$o"
$o.Offset.ToString()
$o.DateTime.ToString('s') + ' ' + $o.DateTime.Kind
$o.UtcDateTime.ToString('o')
$o.ToUnixTimeSeconds()
$o.ToUnixTimeMilliseconds()
[DateTimeOffset]::FromUnixTimeSeconds(1709640429).ToString('o')
[System.DateTimeOffset]::FromUnixTimeMilliseconds(1709640429500).ToString('yyyy-MM-dd HH:mm:ss.fff zzz')
$u = [datetimeoffset]::Parse('2024-03-05T12:07:09Z')
$u -eq $o
$u.CompareTo($o)
($o.AddHours(1) -gt $u)
($o - $u).ToString()
$o.ToOffset([timespan]::FromHours(-5)).ToString('yyyy-MM-ddTHH:mm:sszzz')
[datetimeoffset]::new(2024, 1, 2, 3, 4, 5, [timespan]::FromHours(5.5)).ToString('o')
[datetimeoffset]::ParseExact('05.03.2024 14:07 +01:00', 'dd.MM.yyyy HH:mm zzz', $null).ToString('u')
$o.ToString('D', [cultureinfo]'de-DE')
$o.ToString([cultureinfo]'en-US')
try { [datetimeoffset]::new(2024, 1, 2, 3, 4, 5, [timespan]::FromHours(15)) } catch { $_.Exception.InnerException.Message }
try { [datetimeoffset]::Parse('not a date') } catch { $_.Exception.InnerException.Message }
([datetimeoffset]::UtcNow - [datetimeoffset]::Now).TotalSeconds -lt 5
[datetimeoffset]::UtcNow.Offset.TotalMinutes
$o.GetType().FullName
$o.Year, $o.Month, $o.Day, $o.Hour, $o.DayOfWeek -join ' '
