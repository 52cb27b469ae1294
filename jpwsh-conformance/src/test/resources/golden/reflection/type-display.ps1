# A type prints as pwsh's table (IsPublic IsSerial Name BaseType), for a literal, GetType(), an enum, an array and a script class
class Widget { }
[int]
'text'.GetType()
[ConsoleColor]
[int[]]
[Widget]
[System.Collections.Hashtable], [string] | Format-Table -AutoSize
"$([int])"
[int].ToString()
