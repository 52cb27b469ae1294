# System.Reflection.BindingFlags: parsed from text, printed by names, combined with -bor, numbers as .NET's
$flags = [System.Reflection.BindingFlags]'NonPublic,Instance'
$flags
[int]$flags
[Reflection.BindingFlags]::Public -bor [Reflection.BindingFlags]::Static
[int][Reflection.BindingFlags]::DeclaredOnly
$flags.GetType().FullName
class Shape {
    [string] $Name = 'square'
    [int] $Sides = 4
    static [int] $Made = 0
}
[Shape].GetProperties().Name -join ','
[Shape].GetProperties([Reflection.BindingFlags]'Public,Static').Name
@([Shape].GetProperties([Reflection.BindingFlags]'NonPublic,Instance')).Count
[Shape].GetProperty('name') -eq $null
[Shape].GetProperty('name', [Reflection.BindingFlags]'Public,Instance,IgnoreCase').Name
