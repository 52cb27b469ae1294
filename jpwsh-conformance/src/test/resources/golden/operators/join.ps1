# -join concatenates the string forms of the elements with an optional separator.
1, 2, 3 -join '-'
-join ('a', 'b', 'c')
(1.5, $true, 'x') -join ','
"[$(@() -join ',')]"
'solo' -join ','
