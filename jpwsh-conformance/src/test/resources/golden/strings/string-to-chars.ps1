# A string casts to a char array; splitting on the empty pattern yields empty ends.
$c = [char[]]'abc'
$c.Count
$c[1]
('abc' -split '').Count
[string]::new($c)
