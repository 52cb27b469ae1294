# SimpleMatch splits on literal text; -csplit is case-sensitive unless IgnoreCase is given.
('a.b.c' -split '.', 0, 'SimpleMatch') -join '|'
('aXbxc' -csplit 'x') -join '|'
('aXbxc' -split 'x') -join '|'
('aXbxc' -csplit 'x', 0, 'IgnoreCase') -join '|'
