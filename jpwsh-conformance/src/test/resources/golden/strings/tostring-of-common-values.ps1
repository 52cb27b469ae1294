# Converting common values to [string] gives their plain text form.
[string]42
[string]$true
[string]$null
([string]$null).Length
[string]@('a', 'b')
[string][ConsoleColor]::Red
[string]3.0
