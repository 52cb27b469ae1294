# Adding and multiplying arrays keeps their $null elements
$a = @($null) + @('a')
$a.Count
$null -eq $a[0]
(@($null, 1) * 2).Count
$b = @('x') + @($null, $null)
$b.Count
$c = @($null) + $null
$c.Count
