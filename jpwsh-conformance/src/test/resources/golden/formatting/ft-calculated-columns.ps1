# Calculated Format-Table columns: Label or Name, Expression as a script block or a property name, FormatString, Alignment and abbreviated keys.
$items = [pscustomobject]@{ Name = 'pen'; Qty = 10; Price = 1.5 },
         [pscustomobject]@{ Name = 'notebook'; Qty = 2; Price = 12.25 }
$items | Format-Table Name, @{ Label = 'Total'; Expression = { $_.Qty * $_.Price }; FormatString = 'N1' }
$items | Format-Table @{ n = 'Item'; e = 'Name'; a = 'right' }, @{ l = 'Cost'; e = { $_.Price }; f = '{0:0.000}'; a = 'center' }
$items | Format-Table { $_.Name.ToUpper() }, Qty
