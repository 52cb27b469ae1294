# A pscustomobject's type names start with PSCustomObject; GetType reports the PowerShell type.
$o = [pscustomobject]@{ A = 1 }
$o.psobject.TypeNames[0]
$o.GetType().FullName
(Get-Date -Year 2000 -Month 1 -Day 1).GetType().FullName
