# A pscustomobject's properties can be changed, but assigning an unknown property is an error.
$o = [pscustomobject]@{ A = 1 }
$o.A = 5
$o.A
try { $o.B = 2 } catch { 'cannot add B by assignment' }
$o.psobject.Properties.Add([psnoteproperty]::new('B', 2))
$o.B
