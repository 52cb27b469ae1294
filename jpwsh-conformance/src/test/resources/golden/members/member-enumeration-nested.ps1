# Member-access enumeration walks into nested collections.
$a = @(, ('up', 'down'), 'left')
$a.Count
$a.ToUpper() -join ','
