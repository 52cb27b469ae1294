# Group-Object groups items by a property or script block, sorted by group name.
$g = 'apple', 'avocado', 'banana', 'blueberry', 'cherry' | Group-Object { $_[0] }
$g.Count
$g | ForEach-Object { "$($_.Name): $($_.Count) $($_.Group -join ',')" }
$byLength = 'aa', 'b', 'cc', 'd', 'eee' | Group-Object Length
$byLength[0].Name
$byLength[0].Name.GetType().Name
$byLength.Count
