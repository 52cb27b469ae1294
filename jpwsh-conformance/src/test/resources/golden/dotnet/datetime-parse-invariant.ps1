# Casting a string to [datetime] parses it with the invariant culture.
$d = [datetime]'2024-03-05T10:30:00'
$d.Year
$d.ToString('HH:mm')
([datetime]'03/04/2024').Month
[datetime]::ParseExact('05.03.2024', 'dd.MM.yyyy', $null).ToString('yyyy-MM-dd')
