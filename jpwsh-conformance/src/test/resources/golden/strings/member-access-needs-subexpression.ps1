# Only the variable expands inside a string: member access and indexing need $().
$s = 'abc'
$a = 1, 2
$p = [pscustomobject]@{ Name = 'x' }
"$s.Length"
"$($s.Length)"
"$a[0]"
"$($a[0])"
"$p.Name"
"$($p.Name)"
