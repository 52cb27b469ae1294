# Export-Clixml | Import-Clixml round trips with pwsh's fidelity rules: primitives, dates, hashtables, ordered dictionaries and lists come back live (arrays as ArrayList); custom objects and class instances come back as property bags named Deserialized.*, enums as their number showing their name; shared and cyclic references stay shared
enum Size { Small = 1; Large = 3 }
class Box {
    [string] $Label
    [Size] $Size
    [int[]] $Dims
}
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'graph.clixml'

function RoundTrip($value) {
    Export-Clixml -LiteralPath $file -InputObject $value
    Import-Clixml -LiteralPath $file
}
function Show($label, $value) {
    $type = if ($null -eq $value) { 'null' } else { $value.GetType().FullName }
    "{0,-10} {1,-45} {2}" -f $label, $type, ($value | Out-String).Trim().Replace("`n", ' / ')
}

$graphs = [ordered]@{
    int = 42
    long = [long]::MaxValue
    double = 2.5
    decimal = 10.25d
    bool = $false
    char = [char]'z'
    string = "line1`nline2"
    guid = [guid]'6f9619ff-8b86-d011-b42d-00c04fc964ff'
    version = [version]'7.4.1'
    timespan = [timespan]::FromHours(36)
    utcdate = [datetime]::new(2020, 12, 31, 23, 59, 58, 'Utc')
    date = [datetime]::new(1999, 9, 9)
    bytes = [byte[]](0, 127, 255)
    array = @(1, 'a', $null, 2.5)
    nested = @{ outer = @{ inner = @{ leaf = 'deep' } } }
    ordered = [ordered]@{ z = 1; a = 2 }
}
foreach ($name in $graphs.Keys) {
    Show $name (RoundTrip $graphs[$name])
}

$e = RoundTrip ([Size]::Large)
"enum: $([int]$e) $($e.GetType().Name) $e"
$h = RoundTrip $graphs.nested
"nested leaf: $($h.outer.inner.leaf) ($($h.outer.inner.GetType().Name))"
$o = RoundTrip $graphs.ordered
"ordered keys: $($o.Keys -join ',') ($($o.GetType().Name))"
$a = RoundTrip $graphs.array
"array: count $($a.Count), third is null $($null -eq $a[2])"

$person = [pscustomobject]@{ Name = 'Ada'; Born = [datetime]::new(1815, 12, 10); Langs = @('en', 'fr') }
$p = RoundTrip $person
"person types: $($p.pstypenames -join ', ')"
"person: $($p.Name) $($p.Born.Year) $($p.Langs -join '/') $($p.Langs.GetType().Name)"
"person text: $p"

$box = [Box]@{ Label = 'crate'; Size = 'Small'; Dims = 1, 2, 3 }
$b = RoundTrip $box
"box types: $($b.pstypenames -join ', ')"
"box: $($b.Label) $([int]$b.Size) $($b.Dims -join 'x') $($b.Dims.GetType().Name)"
"box is a Box: $($b -is [Box])"

$ring = [pscustomobject]@{ Name = 'first' }
$second = [pscustomobject]@{ Name = 'second'; Next = $ring }
$ring | Add-Member -NotePropertyName Next -NotePropertyValue $second
$r = RoundTrip $ring
"ring: $($r.Name) -> $($r.Next.Name) -> $($r.Next.Next.Name) -> $($r.Next.Next.Next.Name)"
$r.Name = 'changed'
"cycle kept: $($r.Next.Next.Name)"

$shared = @{ n = 1 }
$pair = RoundTrip @($shared, $shared)
$pair[0].n = 2
"shared kept: $($pair[1].n)"

Remove-Item -LiteralPath $dir -Recurse
