# Sort-Object orders objects by one or more properties, each possibly descending.
$people = [pscustomobject]@{ Name = 'Cy'; Dept = 'B'; Age = 30 },
          [pscustomobject]@{ Name = 'Al'; Dept = 'A'; Age = 40 },
          [pscustomobject]@{ Name = 'Bo'; Dept = 'B'; Age = 20 }
($people | Sort-Object Age).Name -join ','
($people | Sort-Object Dept, Name).Name -join ','
($people | Sort-Object -Property @{ Expression = 'Dept'; Descending = $true }, Age).Name -join ','
