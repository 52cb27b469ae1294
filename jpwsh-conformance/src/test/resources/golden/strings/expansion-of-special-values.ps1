# $null expands to nothing, booleans to True/False, and nested arrays to their space-joined elements.
"[$null]"
"$true/$false"
"$(1, 2)"
$h = @{ a = 1 }
"$h"
"$($h['a'])"
