# A comparison converts the right operand to the type of the left one.
1 -eq '1'
'1' -eq 1
'1.0' -eq 1
1 -eq '1.0'
10 -gt '9'
'10' -gt '9'
'10' -gt 9
