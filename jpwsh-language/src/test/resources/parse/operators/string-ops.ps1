$s -replace 'a', 'b'
$s -creplace '(\w+)', '$1'
$s -split ','
-split $s
$s -split ',', 2
$list -join ', '
-join $list
