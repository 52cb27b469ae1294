# Decimal division keeps 28 digits after the point.
1d / 3
