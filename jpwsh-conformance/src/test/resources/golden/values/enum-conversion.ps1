# Strings and integers convert to enum values; names match case-insensitively.
[ConsoleColor]'red'
[ConsoleColor]'Red' -eq [ConsoleColor]::Red
[int][ConsoleColor]::Blue
[ConsoleColor]9
