$a ?? 'b'
$a ? 'yes' : 'no'
${a}?.Name
${a}?[0]
$x = $cond ? 1 : $other ? 2 : 3
