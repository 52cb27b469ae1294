# Seeded random generators repeat their sequence, so only their determinism is checked.
$a = Get-Random -SetSeed 7 -Maximum 1000
$b = Get-Random -SetSeed 7 -Maximum 1000
$a -eq $b
$a -ge 0 -and $a -lt 1000
[Random]::new(5).Next(10) -eq [Random]::new(5).Next(10)
$pick = Get-Random -InputObject 'x', 'y', 'z' -SetSeed 1
$pick -in 'x', 'y', 'z'
(Get-Random -Minimum 5 -Maximum 6)
