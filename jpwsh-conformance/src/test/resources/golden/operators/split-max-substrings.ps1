# A maximum count limits the pieces; a negative one counts from the end.
$c = 'red,green,blue,black'
($c -split ',', 2) -join '|'
($c -split ',', -2) -join '|'
($c -split ',', 0) -join '|'
