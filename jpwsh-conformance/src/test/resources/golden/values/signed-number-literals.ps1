# A sign written right before a number is part of the literal, as pwsh's tokenizer reads it where an expression starts: the literal keeps its type (-10y is an sbyte, -2147483648 an int, -0e2 a negative zero), while a sign followed by a blank is the unary operator.
foreach ($case in '-2147483648', '-10y', '+10y', '-3.72y', '-0x41y', '-10s', '-0b10s', '-0x41l', '-1kb', '-0e2', '-9223372036854775808', '- 10y', '-(10y)', '3 - -2') {
    $value = Invoke-Expression $case
    '{0,-22} {1,-22} {2}' -f $case, $value, $value.GetType().Name
}
$array = 1, 2, 3
$array[-1]
