# The small integer types and single widen to int and double in arithmetic.
([single]1.5).GetType().Name
([float]1.5 + [float]1).GetType().Name
([int16]5 * [int16]3).GetType().Name
([sbyte]-1 + [byte]1).GetType().Name
[sbyte]-128
[uint16]65535
(7uy).GetType().Name
([byte]200).GetType().FullName
[byte[]](1, 2, 255) -join ','
([byte[]](1, 2)).GetType().Name
[uint32]5 -gt -1
