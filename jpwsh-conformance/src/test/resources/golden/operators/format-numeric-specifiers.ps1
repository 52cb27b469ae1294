# -f applies .NET numeric format strings: N, D, X, F, E and custom patterns.
'{0:N2}' -f 1234.567
'{0:N0}' -f 1234567
'{0:D3}' -f 7
'{0:X4}' -f 255
'{0:x}' -f 255
'{0:F2}' -f 3.14159
'{0:E2}' -f 12345.678
'{0:0.00}' -f 2
'{0:#.##}' -f 3.14159
'[{0,8:N1}]' -f 1234.56
