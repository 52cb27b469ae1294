# Scalars print one per line in their plain string form; $null prints nothing.
'text'
42
3.5
$true
$null
[char]'c'
