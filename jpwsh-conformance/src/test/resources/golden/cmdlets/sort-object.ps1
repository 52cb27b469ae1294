# Sort-Object sorts ascending by default, numbers numerically and strings case-insensitively.
(10, 9, 100 | Sort-Object) -join ','
('10', '9', '100' | Sort-Object) -join ','
('banana', 'Apple', 'cherry' | Sort-Object) -join ','
(3, 1, 2 | Sort-Object -Descending) -join ','
(3, 1, 3, 2, 1 | Sort-Object -Unique) -join ','
('ccc', 'a', 'bb' | Sort-Object { $_.Length }) -join ','
