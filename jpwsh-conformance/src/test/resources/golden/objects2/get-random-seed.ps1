# Get-Random -SetSeed repeats .NET's Random(seed) sequence, for int, long and double bounds, lists and -Shuffle.
Get-Random -SetSeed 1 -Maximum 100
Get-Random -Maximum 100
(Get-Random -SetSeed 42 -Minimum 1 -Maximum 7 -Count 5) -join ','
(Get-Random -SetSeed 0 -Count 3) -join ','
Get-Random -SetSeed 7 -Maximum 10000000000
(Get-Random -SetSeed 7 -Minimum -5000000000 -Maximum 5000000000).GetType().Name
[math]::Round((Get-Random -SetSeed 5 -Maximum 1.5), 9)
(Get-Random -SetSeed 5 -Minimum 1 -Maximum 2.5).GetType().Name
Get-Random -SetSeed 9 -Maximum '50'
(Get-Random -SetSeed 3 -InputObject (1..10) -Count 3) -join ','
(1..10 | Get-Random -SetSeed 3 -Count 3) -join ','
(1..5 | Get-Random -SetSeed 3 -Shuffle) -join ','
(Get-Random -SetSeed 3 -InputObject 'a', 'b', 'c' -Count 10) -join ','
Get-Random -SetSeed 2 (1..5)
$a = Get-Random -SetSeed 11 -Count 4 -Maximum 1000
$b = Get-Random -SetSeed 11 -Count 4 -Maximum 1000
($a -join ',') -eq ($b -join ',')
