# A date in the invariant M/d/yyyy form may leave out leading zeros, in a cast and in Get-Date
([datetime]'11/1/2019').ToString('yyyy-MM-dd')
([datetime]'1/2/2019 3:04:05').ToString('yyyy-MM-dd HH:mm:ss')
(Get-Date '11/1/2019').DayOfWeek
([datetime]'11/01/2019 13:04:05').Hour
