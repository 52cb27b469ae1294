# -replace ignores case and replaces every match; -creplace respects case; no match returns the input.
'aAbA' -replace 'a', 'x'
'aAbA' -creplace 'a', 'x'
'bat' -ireplace 'B', 'C'
'hello' -replace 'z', 'y'
'remove these spaces' -replace ' '
