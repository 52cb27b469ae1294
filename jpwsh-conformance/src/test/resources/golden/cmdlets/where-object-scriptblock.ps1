# Where-Object with a script block keeps the items for which it returns a true value.
1..6 | Where-Object { $_ % 2 -eq 0 }
'apple', 'banana', '' | Where-Object { $_ }
