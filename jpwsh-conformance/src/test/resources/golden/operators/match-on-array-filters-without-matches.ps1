# -match on an array returns the matching elements and does not change $Matches.
'first' -match 'f(i)' | Out-Null
('x1', 'y2', 'z' -match '\d') -join ','
('x1', 'y2', 'z' -notmatch '\d') -join ','
$Matches[0]
