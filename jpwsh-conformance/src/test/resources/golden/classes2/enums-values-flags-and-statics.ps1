# Enums (about_Enum): implicit and explicit values, an underlying type (enum E : byte), [Flags()] combined with -bor/-band and shown comma-joined, conversion from names in any case and from numbers, [enum]::GetNames/GetValues/Parse/TryParse/IsDefined/GetUnderlyingType, ToString('G'/'D'/'X'/'F'), -is [enum], enums as parameter types and in switch
enum Color { Red; Green = 5; Blue }
enum Small : byte { Low = 1; High = 255 }
[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
"$([int][Color]::Red) $([int][Color]::Green) $([int][Color]::Blue)"
[Color]'green'
[Color]6
[Color]::Blue.value__
[Color]::Red -eq 0
[Small]::High.value__.GetType().Name
[enum]::GetUnderlyingType([Small]).Name
$p = [Perm]::Read -bor [Perm]::Write
"$p"
[int]$p
$p.GetType().Name
[Perm]'exec, READ'
[Perm]7
[Perm]0
($p -band [Perm]::Write) -eq [Perm]::Write
$p.HasFlag([Perm]::Exec)
[enum]::GetNames([Color]) -join ','
([enum]::GetValues([Color]) | ForEach-Object { "$_=$([int]$_)" }) -join ','
[enum]::Parse([Color], 'Blue')
[enum]::Parse([Color], 'blue', $true)
try { [enum]::Parse([Color], 'blue') } catch { $_.Exception.Message }
$out = $null
[enum]::TryParse([Color], 'Green', [ref]$out)
$out
[enum]::IsDefined([Color], 5)
[enum]::IsDefined([Color], 7)
[Color]::Blue.ToString()
[Color]::Blue.ToString('D')
[Color]::Blue.ToString('X')
[Small]::High.ToString('X')
[Perm]::Exec.ToString('F')
[Color]::Green -is [enum]
[Color].IsEnum
[Color].BaseType.FullName
function Paint([Color]$c) { "painting $c" }
Paint blue
Paint 5
try { Paint purple } catch { "$($_.FullyQualifiedErrorId)" }
switch ([Color]::Green) { 'Red' { 'is red' } 'green' { 'is green by name' } }
switch ([Color]::Blue) { ([Color]::Blue) { 'is blue by value' } }
switch (6) { ([Color]::Blue) { 'six is blue' } }
