# The range operator counts up or down, and over characters.
(1..5) -join ','
(5..1) -join ','
(-2..2) -join ','
('a'..'e') -join ''
('X'..'Z') -join ','
('a'..'c')[0].GetType().Name
(1..3).GetType().Name
$n = 3
(1..$n).Count
