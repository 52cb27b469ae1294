# -split applied to several strings splits each one; unary -split binds tighter than a comma.
('a b', 'c d' -split ' ').Count
$mixed = -split 'a b', 'c d'
$mixed.Count
$mixed[0] -join '|'
$mixed[1]
(-split ('a b', 'c d')).Count
