# First hour, strings, numbers and dates with fixed values: methods, operators, -f formats and conversions.
'hello'.ToUpper()
'Hello World'.Replace('World', 'There')
'a,b,c' -split ','
'one two three'.Split(' ')[1]
'abc'.Length
'PowerShell' -like 'Power*'
'abc123' -match '\d+'
$Matches[0]
'  trim me  '.Trim()
'ab' * 3
'x' + 1
1 + '1'
[int]'42' + 1
'{0:N2}' -f 1234.5
'{0,-5}|{1,5}' -f 'ab', 'cd'
'{0:D4}' -f 42
[math]::Round(2.567, 2)
10 / 4
7 % 3
[math]::Pow(2, 10)
0x10
1kb
(Get-Date '2024-03-15').DayOfWeek
(Get-Date '2024-03-15 10:30').ToString('yyyy-MM-dd HH:mm')
Get-Date '2024-03-15' -Format 'dd/MM/yyyy'
([datetime]'2024-03-15').AddDays(20).ToString('yyyy-MM-dd dddd')
(New-TimeSpan -Hours 2 -Minutes 30).TotalMinutes
([datetime]'2024-12-25' - [datetime]'2024-12-01').Days
'split at  any blank'.Split().Count
