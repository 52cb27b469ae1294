# Script classes implementing .NET interfaces the engine then uses: IComparable (Sort-Object and -lt/-gt), IEquatable[T] (Equals), IDisposable (Dispose, -is [IDisposable]) and IEnumerable (foreach and the pipeline enumerate the instance through GetEnumerator)
class Version2 : System.IComparable {
    [int]$Major
    [int]$Minor
    Version2([int]$a, [int]$b) { $this.Major = $a; $this.Minor = $b }
    [int] CompareTo([object]$other) {
        if ($this.Major -ne $other.Major) { return $this.Major.CompareTo($other.Major) }
        return $this.Minor.CompareTo($other.Minor)
    }
    [string] ToString() { return "$($this.Major).$($this.Minor)" }
}
$vs = [Version2]::new(2, 0), [Version2]::new(1, 10), [Version2]::new(1, 9)
($vs | Sort-Object) -join ' '
($vs | Sort-Object -Descending) -join ' '
[Version2]::new(1, 9) -lt [Version2]::new(1, 10)
[Version2]::new(3, 0) -gt [Version2]::new(2, 99)
$vs[0] -is [System.IComparable]
class Key : System.IEquatable[Key] {
    [string]$Text
    Key([string]$t) { $this.Text = $t }
    [bool] Equals([object]$other) { return $other -is [Key] -and $other.Text -eq $this.Text }
    [int] GetHashCode() { return $this.Text.Length }
}
[Key]::new('a').Equals([Key]::new('a'))
[Key]::new('a') -eq [Key]::new('b')
class Resource : System.IDisposable {
    [string]$Name
    [bool]$Closed
    Resource([string]$n) { $this.Name = $n }
    [void] Dispose() { $this.Closed = $true; Write-Host "disposed $($this.Name)" }
}
$r = [Resource]::new('db')
$r -is [System.IDisposable]
try { 'using it' } finally { $r.Dispose() }
$r.Closed
class Countdown : System.Collections.IEnumerable {
    [int]$From
    Countdown([int]$f) { $this.From = $f }
    [System.Collections.IEnumerator] GetEnumerator() { return ($this.From..1).GetEnumerator() }
}
$c = [Countdown]::new(3)
foreach ($i in $c) { "tick $i" }
($c | Measure-Object).Count
($c | ForEach-Object { $_ * 10 }) -join ','
