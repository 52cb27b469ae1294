# Binary -split splits on a regex and keeps empty pieces; unary -split splits on whitespace and drops them.
('a,b,,c' -split ',') -join '|'
('a.b.c' -split '\.').Count
(-split '  one  two   three ') -join '|'
('x1y22z' -split '\d+') -join '|'
