# MS-PSRP 2.2.5's serialization forms through [PSSerializer]: every primitive type, strings' escapes, lists, stacks, queues, dictionaries, enums, type names once then TNRef, an object met twice as <Ref>, ToString, adapted and extended properties; and the reader takes each back
$s = [System.Management.Automation.PSSerializer]
function one($value) { ($s::Serialize($value) -split "`n" | Select-Object -Skip 1 -SkipLast 1 | ForEach-Object { $_.Substring(2).TrimEnd() }) -join "`n" }
$primitives = @(
    'This is a string', [char]'a', $true, [byte]254, [sbyte]-127, [uint16]65535, [int16]-32767, [uint32]4294967295,
    [int]-2147483648, [uint64]18446744073709551615, [long]::MinValue, [single]12.34, [double]1.1, 1.5d,
    [byte[]](1, 2, 3, 4), [guid]'792e5b37-4505-47ef-b7d2-8711bb7affa8', [uri]'http://www.microsoft.com/',
    [version]'6.2.1.3', [timespan]::FromSeconds(9.0269026), { get-command -type cmdlet }, [xml]'<item>a</item>',
    [datetime]::new(2008, 4, 11, 10, 42, 32, 0, 'Utc'), [double]::NaN, [single]::PositiveInfinity, 1e300, $null)
foreach ($p in $primitives) {
    $xml = one $p
    $back = $s::Deserialize($s::Serialize($p))
    '{0}  {1}' -f $xml, ($null -eq $back -or $back.GetType() -eq $p.GetType())
}
'-- escapes'
foreach ($t in "a`r`nb", "tab`there", "a_xb", "end_x", "x$([char]0x85)y$([char]0x7f)", "$([char]0xD83D)$([char]0xDE00)", [string][char]0) { one $t }
$decoded = $s::Deserialize('<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04"><S>a_x000D__x000A_b_x005F_x_xD83D__xDE00_</S></Objs>')
[int[]][char[]]$decoded -join ','
'-- enum'
one ([ConsoleColor]::Blue)
$color = $s::Deserialize($s::Serialize([ConsoleColor]::Blue))
"$color $([int]$color) $($color.pstypenames[0])"
'-- lists'
one ([System.Collections.ArrayList]@(1, 'abc'))
$stack = [System.Collections.Stack]::new(); $stack.Push('Hello'); $stack.Push('World')
one $stack
$queue = [System.Collections.Queue]::new(); $queue.Enqueue(1); $queue.Enqueue('two')
one $queue
'-- dictionary'
one @{ MyKey = 123 }
$table = $s::Deserialize($s::Serialize([ordered]@{ b = 2; a = 1 }))
"$($table.GetType().Name) $($table.Keys -join ',')"
'-- refs and type names'
$shared = [pscustomobject]@{ A = 1 }
one @($shared, $shared, [pscustomobject]@{ A = 2 })
$pair = $s::Deserialize($s::Serialize(@($shared, $shared)))
"same object: $([object]::ReferenceEquals($pair[0], $pair[1]))"
'-- adapted and extended properties'
class Node { [string] $Name; [object] $Child }
$n = [Node]@{ Name = 'a' }
$n | Add-Member -NotePropertyName Extra -NotePropertyValue 1
one $n
$back = $s::Deserialize($s::Serialize($n))
"$($back.pstypenames -join ',') $($back.Name) $($back.Extra) $($back.ToString())"
