# ?. and ?[] skip the member access or index when the variable is $null.
$s = $null
${s}?.Length
$s = 'abc'
${s}?.Length
$arr = $null
${arr}?[0]
$arr = 'first', 'second'
${arr}?[1]
'done'
