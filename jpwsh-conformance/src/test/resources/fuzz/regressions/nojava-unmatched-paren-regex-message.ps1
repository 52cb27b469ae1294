# Parentheses in the delimiter pattern keep theresultcaptured text in the  .
('a1b2c' -split '(\d))') -join '|'
('k=v' -split '(=)').Count
