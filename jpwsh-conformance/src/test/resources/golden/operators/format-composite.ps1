# -f takes arguments by index, in any order, repeated; doubled braces are literal braces.
'{1}{0}{1}' -f 'a', 'b'
'{0} and {1}' -f 'x', 'y'
'{{literal}} {0}' -f 1
'[{0}]' -f $null
'{0}' -f @(1, 2)
