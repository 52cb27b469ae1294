# A number converts to a TimeSpan through its Int64 constructor, as ticks of 100 ns; a string is parsed.
([timespan]0).Ticks
([timespan]100).TotalMilliseconds
[string][timespan]36000000000
[string][timespan]'1.02:03:04'
[string][timespan]::new(600000000)
[System.DateTimeKind]::Utc
[DateTimeKind]'local'
[enum]::GetNames([System.DateTimeKind]) -join ','
