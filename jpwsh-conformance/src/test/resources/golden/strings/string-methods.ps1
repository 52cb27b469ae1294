# .NET string methods work on PowerShell strings and are case-sensitive.
'Hello'.ToUpper()
'Hello'.Replace('l', 'L')
'Hello'.Contains('h')
'Hello'.IndexOf('l')
'  x  '.Trim()
'7'.PadLeft(3, '0')
'a-b-c'.Split('-').Count
'Hello'.Substring(1, 3)
'Hello'.StartsWith('He')
