# Get-Date builds a date from parts and formats it with -Format and -UFormat.
$d = Get-Date -Year 2024 -Month 3 -Day 5 -Hour 14 -Minute 7 -Second 9 -Millisecond 0
$d.ToString('yyyy-MM-dd HH:mm:ss')
Get-Date -Date $d -Format 'yyyyMMdd'
Get-Date -Date $d -UFormat '%Y-%m-%d'
(Get-Date -Date '2024-03-05').DayOfWeek
(Get-Date).GetType().Name
