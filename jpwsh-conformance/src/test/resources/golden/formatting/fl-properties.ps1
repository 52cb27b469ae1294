# Format-List shows every property, or the -Property names, wildcards and calculated entries; properties an object lacks are left out.
$o = [pscustomobject]@{ Name = 'pen'; Qty = 10; Colors = 'red', 'blue'; Price = 1.5 }
$o | Format-List
$o | Format-List Name, Missing, Q*
$o | Format-List *
$o | Format-List @{ Label = 'Total'; Expression = { $_.Qty * $_.Price } }, @{ n = 'Cost'; e = 'Price'; f = 'N2' }
