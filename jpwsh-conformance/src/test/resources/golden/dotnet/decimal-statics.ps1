# System.Decimal's statics: MaxValue and MinValue (96-bit), MinusOne/Zero/One, Parse keeping the written scale, TryParse, Round to even, Truncate, Floor and Ceiling, and .NET's FormatException for text that is no number
[decimal]::MaxValue
[decimal]::MinValue
[decimal]::MinusOne, [decimal]::Zero, [decimal]::One -join ' '
[decimal]::Parse('1.50')
[decimal]::Parse(' -0.25 ') * 4
$parsed = 0
[decimal]::TryParse('12.5', [ref]$parsed)
$parsed
[decimal]::TryParse('twelve', [ref]$parsed)
$parsed
[decimal]::Round([decimal]2.5), [decimal]::Round([decimal]3.5), [decimal]::Round([decimal]1.2345, 2) -join ' '
[decimal]::Truncate([decimal]-1.7), [decimal]::Floor([decimal]-1.2), [decimal]::Ceiling([decimal]1.2) -join ' '
try { [decimal]::Parse('abc') } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
([decimal]::MaxValue).GetType().FullName
