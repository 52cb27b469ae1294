# Static properties and methods are reached with :: on a type literal.
[int]::MaxValue
[math]::Max(3, 7)
[string]::Empty.Length
[datetime]::new(2020, 2, 29).DayOfYear
[char]::IsDigit('5')
[System.IO.Path]::GetExtension('a/b.txt')
