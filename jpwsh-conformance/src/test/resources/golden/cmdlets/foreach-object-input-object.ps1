# ForEach-Object -InputObject takes the whole collection as one item.
ForEach-Object -InputObject (1, 2, 3) -Process { $_.Count }
1, 2, 3 | ForEach-Object { $_.Count }
