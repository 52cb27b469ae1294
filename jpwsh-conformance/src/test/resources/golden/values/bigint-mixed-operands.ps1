# A BigInteger operand makes the whole operation BigInteger, on either side.
$big = [bigint]::Pow(10, 20)
$big * 3
($big - 1).GetType().Name
(5 + 2n).GetType().Name
[bigint]-7 / 2
[bigint]7 % 3
[bigint]'123456789012345678901234567890' + 1
