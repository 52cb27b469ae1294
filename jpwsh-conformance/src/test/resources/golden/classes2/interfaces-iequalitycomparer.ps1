# A class implementing IEqualityComparer[T] (or the non-generic IEqualityComparer) decides which items a HashSet or Dictionary given it treats as the same: its Equals(a, b) and GetHashCode(item) are called by the collection
class CaseFold : System.Collections.Generic.IEqualityComparer[string] {
    [int] $Calls
    [bool] Equals([string] $a, [string] $b) { $this.Calls++; return $a.ToLower() -eq $b.ToLower() }
    [int] GetHashCode([string] $s) { return $s.ToLower().GetHashCode() }
}
$fold = [CaseFold]::new()
$fold.Equals('Apple', 'APPLE')
$fold -is [System.Collections.Generic.IEqualityComparer[string]]
$set = [System.Collections.Generic.HashSet[string]]::new($fold)
$set.Add('Hello')
$set.Add('HELLO')
$set.Add('World')
$set.Count
$set.Contains('world')
$set -join ','
$fold.Calls -gt 0
$d = [System.Collections.Generic.Dictionary[string, int]]::new($fold)
$d['Key'] = 1
$d['KEY'] = 2
$d.Count
$d['key']
$d.Keys -join ','
# The non-generic interface: numbers and strings with the same text are one item
class ByText : System.Collections.IEqualityComparer {
    [bool] Equals([object] $a, [object] $b) { return "$a" -eq "$b" }
    [int] GetHashCode([object] $o) { return "$o".GetHashCode() }
}
$mixed = [System.Collections.Generic.HashSet[object]]::new([ByText]::new())
$mixed.Add(1)
$mixed.Add('1')
$mixed.Add(2.5)
$mixed.Count
