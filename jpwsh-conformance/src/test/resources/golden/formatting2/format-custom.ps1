# Format-Custom lays out objects as pwsh's default custom view does: nested objects and collections indented below their property, -Depth, -Property, -ExcludeProperty (at every level) and the enumeration limit
[pscustomobject]@{ A = 1; B = 'text' } | Format-Custom
[pscustomobject]@{ A = 1; B = [pscustomobject]@{ C = 'x'; D = @(1, 2) } } | Format-Custom
[pscustomobject]@{ N = [pscustomobject]@{ M = [pscustomobject]@{ L = 1 } } } | Format-Custom -Depth 1
[pscustomobject]@{ E = @(1, 2, 3, 4, 5, 6); F = $null } | Format-Custom
[pscustomobject]@{ A = 1; B = 2; C = 3 } | Format-Custom -Property C, A
[pscustomobject]@{ H = [ordered]@{ k = 'v' } } | Format-Custom
(([pscustomobject]@{ A = [pscustomobject]@{ B = 1 } } | Format-Custom | Out-String) -split "`n").Count
[pscustomobject]@{ A = 1; B = 2; C = [pscustomobject]@{ B = 3; D = 4 } } | Format-Custom -ExcludeProperty B
'end'
