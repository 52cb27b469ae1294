# First hour, objects: filtering, sorting, selecting, grouping and measuring everyday objects; each object one-liner ends in Out-Host, as if typed at its own prompt.
1..5 | Where-Object { $_ % 2 }
1..3 | ForEach-Object { $_ * 2 }
'banana', 'apple', 'cherry' | Sort-Object
'b', 'a', 'c', 'a' | Sort-Object -Unique
5, 3, 9 | Sort-Object -Descending
1..10 | Select-Object -First 3
1..10 | Select-Object -Last 2
1..10 | Select-Object -Skip 8
(1..10 | Measure-Object -Sum).Sum
(1..4 | Measure-Object -Average).Average
$people = @([pscustomobject]@{ Name = 'Ann'; Age = 31 }, [pscustomobject]@{ Name = 'Bob'; Age = 25 }, [pscustomobject]@{ Name = 'Cy'; Age = 40 })
$people | Out-Host
$people | Sort-Object Age | Out-Host
$people | Where-Object Age -gt 30 | Out-Host
$people | Where-Object { $_.Name -like 'B*' } | Select-Object -ExpandProperty Age
$people | Select-Object Name | Out-Host
$people | Sort-Object Age -Descending | Select-Object -First 1 -ExpandProperty Name
$people.Name
($people | Measure-Object -Property Age -Maximum).Maximum
'a', 'b', 'a', 'c', 'a' | Group-Object | Out-Host
'a', 'b', 'a' | Group-Object -NoElement | Out-Host
$people | Select-Object Name, @{ Name = 'Decade'; Expression = { [math]::Floor($_.Age / 10) * 10 } } | Out-Host
$people[0] | Out-Host
$people.Count
$people | ForEach-Object Name
[pscustomobject]@{ Id = 1; Tags = 'red', 'green', 'blue', 'cyan', 'pink' } | Out-Host
