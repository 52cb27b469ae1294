# -contains and -in test membership with -eq semantics and always return one boolean.
1, 2, 3 -contains 2
1, 2, 3 -contains '2'
'abc', 'def' -contains 'ABC'
'abc', 'def' -ccontains 'ABC'
2 -in 1, 2, 3
'x' -notin 'a', 'b'
'x', 'y', 'z' -contains 'x', 'y'
