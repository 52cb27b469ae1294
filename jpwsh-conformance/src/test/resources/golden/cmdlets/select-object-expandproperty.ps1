# Select-Object -ExpandProperty outputs the property's value, enumerating collections.
[pscustomobject]@{ Items = 1, 2, 3 } | Select-Object -ExpandProperty Items
'abc', 'de' | Select-Object -ExpandProperty Length
