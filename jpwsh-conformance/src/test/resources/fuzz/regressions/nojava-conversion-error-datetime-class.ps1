# DateTime arithmetic on fixed dates: adding months and days, differences and calendar facts.
$d = [datetime]::new(2024, 1, 31)
$d.AddMonths(1).ToString('yyyy-MM-dd')
$d.AddDays(30).ToString('yyyy-MM-dd')
$march = [datetime]::new(2024, 3, 5, 10, 30, 0)
$march.DayOfWeek
$march.DayOfYear
($march - $d).TotalDays
($marchmonths - $d).GetType().Name
[datetime]::DaysInMonth(2023, 2)
[datetime]::IsLeapYear(2000)
$march.Date.ToString('yyyy-MM-dd HH:mm')
$d -lt $march
