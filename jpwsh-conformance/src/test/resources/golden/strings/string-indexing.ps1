# A string indexes to its characters; negative indexes count from the end.
$s = 'Hello'
$s[0]
$s[-1]
$s[1..3] -join ''
$s.Length
$s[0].GetType().Name
