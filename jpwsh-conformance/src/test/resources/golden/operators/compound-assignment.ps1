# Compound assignment applies the binary operator to the variable and stores the result.
$a = 10
$a += 5; $a
$a -= 3; $a
$a *= 2; $a
$a /= 4; $a
$a %= 4; $a
$s = 'ab'; $s += 'c'; $s
$s *= 2; $s
$arr = @(1); $arr += 2; $arr.Count
