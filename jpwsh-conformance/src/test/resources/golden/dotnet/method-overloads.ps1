# PowerShell chooses the .NET overload that fits the arguments best.
([math]::Abs(-5)).GetType().Name
([math]::Abs(-5.5)).GetType().Name
[string]::Join('-', 1, 2, 3)
'a,b;c'.Split([char[]]',;').Count
'abc'.IndexOf('c')
'abc'.IndexOf([char]'c')
