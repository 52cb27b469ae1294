# Hex and binary literals respect sign bits at their width unless given the u suffix.
0xFF
0xFFFFFFFF
0xFFFFFFFFu
0b1011
0x10L
-0x10
