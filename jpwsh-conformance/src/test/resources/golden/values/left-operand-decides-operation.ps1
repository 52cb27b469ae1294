# The left operand decides the operation: string concatenation or repetition, or numeric arithmetic.
'1' + 2
1 + '2'
'3' * 2
3 * '2'
'10' - '4'
