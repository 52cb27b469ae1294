# [int][string]$x = value: the value converts to each type from the inside out, and the outermost type constrains $x
[int] [string]$v = "10"
"$($v.GetType().Name) $v"
$v = '12'
"$($v.GetType().Name) $v"
[string][int]$w = "7.6"
"$($w.GetType().Name) $w"
[int][ValidateNotNull()][string]$x = '3'
"$($x.GetType().Name) $x"
