# ConvertFrom-Json -DateKind Offset gives DateTimeOffsets that keep the text's offset (Z is +00:00, none is the local zone's); .NET 7's nine-argument constructors build the same values
$o = '["2022-11-02T12:01:44.5801388+04:00", "1970-01-01T00:00:00.0000000Z", "1970-01-01T00:00:00.0000000-10:00", "2020-05-06T07:08:09-0430"]' | ConvertFrom-Json -DateKind Offset
foreach ($d in $o) { '{0} {1} {2}' -f $d.GetType().Name, $d.ToString('yyyy-MM-ddTHH:mm:ss.fffffff'), $d.Offset }
$o[0].EqualsExact([DateTimeOffset]::new(2022, 11, 2, 12, 1, 44, 580, 138, (New-TimeSpan -Hours 4)).AddTicks(8))
$o[0].EqualsExact([DateTimeOffset]::new(2022, 11, 2, 8, 1, 44, 580, 138, [timespan]::Zero).AddTicks(8))
$o[0] -eq [DateTimeOffset]::new(2022, 11, 2, 8, 1, 44, 580, 138, [timespan]::Zero).AddTicks(8)
$local = '"1970-01-01T00:00:00"' | ConvertFrom-Json -DateKind Offset
$local.EqualsExact([DateTimeOffset]::new([DateTime]::new(1970, 1, 1, 0, 0, 0, 0, 0, 'Local')))
'--- microseconds in the DateTime constructor'
[DateTime]::new(2020, 1, 2, 3, 4, 5, 6, 7, 'Utc').ToString('o')
