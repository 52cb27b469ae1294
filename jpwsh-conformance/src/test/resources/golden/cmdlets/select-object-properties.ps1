# Select-Object -Property makes new objects with the chosen and calculated properties.
$o = [pscustomobject]@{ Name = 'x'; Size = 3; Extra = 'drop' }
$s = $o | Select-Object Name, @{ Name = 'Double'; Expression = { $_.Size * 2 } }
$s.psobject.Properties.Name -join ','
$s.Double
$s.psobject.TypeNames[0]
$n = 'abc' | Select-Object @{ n = 'Upper'; e = { $_.ToUpper() } }
$n.Upper
