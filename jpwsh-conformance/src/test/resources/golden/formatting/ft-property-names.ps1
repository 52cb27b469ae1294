# Format-Table -Property takes names (missing ones give an empty column) and wildcards expanded against the first object, in the order given.
$items = [pscustomobject]@{ Name = 'pen'; Qty = 10; Price = 1.5; Note = 'blue' },
         [pscustomobject]@{ Name = 'notebook'; Qty = 2; Price = 12.25; Note = 'a5' }
$items | Format-Table Name, Qty
$items | Format-Table N*
$items | Format-Table Price, Missing, Name
