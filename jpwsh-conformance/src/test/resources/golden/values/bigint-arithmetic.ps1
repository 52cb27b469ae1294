# [bigint] arithmetic is exact and truncates non-integer operands.
[bigint]::Pow(2, 70)
12345678901234567890n + 1
[bigint]7 / 2.9
(2n * 3).GetType().Name
