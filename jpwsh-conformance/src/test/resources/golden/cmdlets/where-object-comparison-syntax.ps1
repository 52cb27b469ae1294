# Where-Object's comparison syntax tests a property with an operator parameter.
$items = [pscustomobject]@{ Name = 'apple'; Size = 5; Done = $true },
         [pscustomobject]@{ Name = 'banana'; Size = 6; Done = $false },
         [pscustomobject]@{ Name = 'avocado'; Size = 7; Done = $true }
($items | Where-Object Size -gt 5).Name -join ','
($items | Where-Object Name -like 'a*').Name -join ','
($items | Where-Object -Property Name -EQ 'banana').Size
($items | Where-Object Done).Name -join ','
($items | Where-Object -Not Done).Name
($items | Where-Object Name -in 'apple', 'kiwi').Name
($items | Where-Object Name -match 'an').Name
'a', 'bb', 'ccc' | Where-Object Length -ge 2
