# A property missing on every element gives $null; a pscustomobject missing it contributes $null.
$null -eq ('a', 'b').DoesNotExist
$foo = [pscustomobject]@{ Foo = 'F' }
$bar = [pscustomobject]@{ Bar = 'B' }
$r = ($foo, $bar).Foo
$r.Count
$r[0]
$null -eq $r[1]
