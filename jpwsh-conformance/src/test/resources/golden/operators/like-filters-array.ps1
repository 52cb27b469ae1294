# With an array on the left, -like and -notlike return the elements that match.
$fruit = 'apple', 'banana', 'avocado', 'Apricot'
($fruit -like 'a*') -join ','
($fruit -clike 'a*') -join ','
($fruit -notlike '*an*') -join ','
