# Filtering an array of strings with -eq ignores case; -ceq keeps only exact matches.
$names = 'Ann', 'ANN', 'bob', 'ann'
($names -eq 'ann').Count
($names -ceq 'ann').Count
($names -ne 'ANN') -join ','
