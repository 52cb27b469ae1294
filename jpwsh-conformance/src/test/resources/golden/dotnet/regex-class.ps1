# [regex] static and instance methods are case-sensitive unless told otherwise.
[regex]::Matches('a1b22c333', '\d+').Count
[regex]::Matches('a1b22c333', '\d+').Value -join ','
[regex]::IsMatch('abc', '^A')
[regex]::IsMatch('abc', '^A', 'IgnoreCase')
[regex]::Replace('a-b-c', '-', '+')
[regex]::Escape('a.b*c')
$r = [regex]'(?<n>\d+)'
$r.Match('x42y').Groups['n'].Value
[regex]::Split('a1b2c', '\d') -join '|'
