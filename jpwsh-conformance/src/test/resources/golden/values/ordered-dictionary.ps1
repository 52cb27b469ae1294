# [ordered] makes a dictionary that keeps insertion order; a plain literal is a Hashtable.
$o = [ordered]@{ z = 1; a = 2; m = 3 }
$o.Keys -join ','
$o.GetType().Name
@{ a = 1 }.GetType().Name
$o[0]
$o['a']
