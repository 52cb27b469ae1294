# Decimal arithmetic is exact and keeps trailing zeros from its operands.
1.10d + 2.20d
(1.10d + 2.20d).GetType().Name
0.1d * 3
2.50d
1d / 4
