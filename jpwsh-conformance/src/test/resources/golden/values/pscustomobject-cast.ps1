# Casting a hashtable literal to [pscustomobject] makes an object whose properties keep the literal's order.
$p = [pscustomobject]@{ Name = 'x'; Size = 3; Kind = 'k' }
$p.Name
$p.Size
$p.GetType().Name
$p.psobject.Properties.Name -join ','
