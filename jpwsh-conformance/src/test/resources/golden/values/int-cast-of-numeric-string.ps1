# Converting a string to [int] reads it like a number literal: hex, binary, multipliers, and decimals rounded half to even.
[int]'0x1F'
[int]'0b101'
[int]'2kb'
[int]'2.5'
[int]'3.5'
[int]'  42  '
[int]''
