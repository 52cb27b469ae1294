# The default views of common types: Version's fixed-width table, Guid's table, TimeSpan's list, DateTime's long form, a hashtable's Name/Value table.
[version]'1.2.3.4' | Out-String
[guid]'5f3c2a4e-1b2c-4d5e-8f90-123456789abc' | Out-String
[timespan]::FromMinutes(90) | Out-String
[datetime]'2024-01-02 15:04:05' | Out-String
[ordered]@{ one = 1; two = 'zwei'; many = 1..9 } | Out-String
