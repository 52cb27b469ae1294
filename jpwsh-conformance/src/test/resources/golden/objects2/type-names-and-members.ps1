# psobject.TypeNames lists a value's base types as pwsh does (System.ValueType for structs and enums, System.Array for arrays), and psobject.Members finds an added property set by name and gives $null for a missing one
(1).psobject.TypeNames -join ','
[datetime]::new(2020, 1, 1).pstypenames -join ','
[ConsoleColor]::Red.psobject.TypeNames -join ','
'x'.psobject.TypeNames -join ','
(, 1).psobject.TypeNames -join ','
[System.Collections.ArrayList]::new().psobject.TypeNames -join ','
[timespan]::Zero.psobject.TypeNames -join ','
[System.Enum].BaseType.FullName
[int].BaseType.FullName
$o = [pscustomobject]@{ A = 1; B = 2 }
$o | Add-Member -MemberType PropertySet -Name Pair -Value A, B
$o.psobject.Members['Pair'].Name
$o.psobject.Members['Pair'].MemberType
$null -eq $o.psobject.Members['Nope']
$null -eq $o.psobject.Properties['Pair']
$null -eq $o.psobject.Methods['Nope']
