# Arrays, nested ones included, print one element per line; an empty array prints nothing.
1, 2
@(3, @(4, 5))
, (6, 7)
@()
'end'
