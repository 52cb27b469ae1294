# Casting a scalar to an array type wraps it in a one-element array of that element type.
$a = [int[]]'5'
$a.GetType().Name
$a.Count
$a[0] + 1
$b = [string[]](1, 2)
$b.GetType().Name
$b[1] + 1
