# Standard numeric formats as .NET writes them with the invariant culture: C D E F G N P R X B and precision
$n = 1234.5678
foreach ($f in 'C', 'C0', 'E', 'e2', 'F', 'F0', 'F3', 'G', 'G3', 'N', 'N0', 'P', 'P1', 'R') { "$f=$($n.ToString($f))" }
(-1234.5).ToString('C')
(-1234.5).ToString('N1')
(-0.125).ToString('P1')
(42).ToString('D5')
(-42).ToString('D5')
(255).ToString('X')
(255).ToString('x4')
(-1).ToString('X')
([long]-1).ToString('X')
([byte]200).ToString('X')
(5).ToString('B8')
(123456789).ToString('G3')
(1e20).ToString()
(0.0001234).ToString('G')
(1.5).ToString('E0')
[decimal]'1234.5' | ForEach-Object { $_.ToString('N2') }
'{0:N2}|{1:P0}|{2:X8}|{3:E3}' -f 1234567.891, 0.256, 3054, 0.000123
'[{0,8:F2}][{0,-8:F1}]' -f 3.14159
[string]::Format('{0:N1} and {1}', 3.14159, 'x')
