# An array in a string is joined with spaces, or with $OFS when that variable is set.
$a = 1, 2, 3
"[$a]"
$OFS = '-'
"[$a]"
[string]$a
Remove-Variable OFS
"[$a]"
