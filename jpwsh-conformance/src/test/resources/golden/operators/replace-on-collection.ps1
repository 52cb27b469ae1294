# -replace applies to every element of a collection and converts non-strings invariantly.
('x1', 'x2', 'x3' -replace 'x', 'y') -join ','
1.5 -replace '\.', ','
(10, 20 -replace '0', '5') -join ','
