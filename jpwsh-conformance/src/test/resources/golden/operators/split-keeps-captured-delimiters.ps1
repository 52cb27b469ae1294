# Parentheses in the delimiter pattern keep the captured text in the result.
('a1b2c' -split '(\d)') -join '|'
('k=v' -split '(=)').Count
