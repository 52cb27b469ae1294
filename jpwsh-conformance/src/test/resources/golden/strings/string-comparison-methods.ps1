# .NET string equality is ordinal and case-sensitive, unlike the -eq operator.
'a'.Equals('A')
'a' -eq 'A'
[string]::Compare('a', 'A', $true)
[string]::Equals('abc', 'abc')
'abc'.CompareTo('abd')
