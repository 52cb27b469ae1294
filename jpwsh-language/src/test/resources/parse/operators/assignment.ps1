$a = 1
$a += 2
$a -= 3
$a *= 4
$a /= 5
$a %= 6
$a ??= 'default'
$a, $b = 1, 2
[int]$typed = '5'
$h.Key = 'v'
$arr[0] = 1
$x = $y = 3
