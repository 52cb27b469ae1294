# Doubles are shown with at most 15 significant digits, in exponent form when very large or small.
0.1 + 0.2
1 / 3
2 / 3
[math]::PI
1e16
1.5e-7
[double]100
-0.5 * 3
