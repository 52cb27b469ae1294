# A hashtable is one object to foreach; GetEnumerator() walks its entries.
$h = [ordered]@{ a = 1; b = 2 }
$n = 0
foreach ($x in @{ a = 1; b = 2 }) { $n++ }
$n
foreach ($entry in $h.GetEnumerator()) { "$($entry.Key)=$($entry.Value)" }
