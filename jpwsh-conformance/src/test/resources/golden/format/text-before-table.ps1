# Text written before a table prints first; the table follows after a blank line.
'Inventory:'
[pscustomobject]@{ Item = 'pen'; Qty = 2 }
