# psobject's Properties, Methods and Members, indexed by name and matched by wildcard, for custom objects and plain values
$o = [pscustomobject]@{ Name = 'n'; Size = 3 }
$o.psobject.Properties.Name -join ','
$o.psobject.Properties['Name'].Value
$o.psobject.Properties['name'].MemberType
$null -eq $o.psobject.Properties['Missing']
$o.psobject.Properties.Match('S*').Name
$o.psobject.Members['Size'].Value
($o.psobject.Methods.Name | Sort-Object) -join ','
$o.psobject.Methods['ToString'].MemberType
$o.psobject.BaseObject.GetType().Name
$o.psobject.ImmediateBaseObject.GetType().Name
$o.psobject.TypeNames.Insert(0, 'My.Type')
$o.psobject.TypeNames -join ','
[void]$o.psobject.TypeNames.Remove('My.Type')
$o.psobject.TypeNames -join ','
$o.psobject.Properties.Remove('Size')
$o.psobject.Properties.Name -join ','
$o.psobject.Properties.Add([psnoteproperty]::new('Extra', 9))
$o.Extra
$s = 'abc'
$s.psobject.Properties.Name -join ','
$s.psobject.Properties['Length'].Value
$s.psobject.Properties['Length'].MemberType
$s.psobject.BaseObject
$s.psobject.TypeNames -join ','
[System.Text.StringBuilder]::new('ab').psobject.Methods['Append'].Invoke('c').ToString()
@{ a = 1; b = 2 }.psobject.Properties['Count'].Value
(Get-Date -Year 2024 -Month 5 -Day 6).psobject.Properties['Year'].Value
class Item { [string] $Label = 'l'; [int] $Weight = 2 }
[Item]::new().psobject.Properties.Name -join ','
[Item]::new().psobject.Properties['Weight'].Value
try { $o.psobject.Properties.Add($null) } catch { $_.FullyQualifiedErrorId }
