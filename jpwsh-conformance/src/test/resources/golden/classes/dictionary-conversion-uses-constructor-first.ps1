# A hashtable converts to a class through its constructor that takes a hashtable before pwsh's property-setting conversion (which needs a parameterless constructor), for casts and -as alike; a class named 'ordered' is a normal type name for -as and -is, while [ordered] on anything but a hash literal (a cast or a parameter) is the parse error OrderedAttributeOnlyOnHashLiteralNode
class FromTable {
    [hashtable] $Member
    [string] $How = 'default'
    FromTable([hashtable] $hash) { $this.Member = $hash; $this.How = 'constructor' }
}
class BothWays {
    [int] $Key
    [string] $How = 'properties'
    BothWays() { }
    BothWays([hashtable] $hash) { $this.Key = $hash.key * 10; $this.How = 'constructor' }
}
class PropertiesOnly {
    [int] $Key
}
$hash = @{ key = 2 }
$a = [FromTable]$hash
"$($a.How) $($a.Member.key)"
$b = $hash -as [FromTable]
"$($b.How) $($b.Member.key)"
$c = [BothWays]$hash
"$($c.How) $($c.Key)"
$d = [PropertiesOnly]$hash
$d.Key
class ordered {
    [hashtable] $Member
    ordered([hashtable] $hash) { $this.Member = $hash }
}
$result = $hash -as [ordered]
$result.GetType().FullName
$result -is [ordered]
$result.Member['key']
([ordered]@{ key = 1 }).GetType().FullName
foreach ($text in '[ordered]$hash', '[ordered]10', 'function f([ordered]$x) { }', 'param([ordered]$p)') {
    $errors = $null
    $null = [System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$null, [ref]$errors)
    '{0} -> {1} {2}: {3}' -f $text, $errors.Count, $errors[0].ErrorId, $errors[0].Message
    $errors[0].Extent.Text
}
