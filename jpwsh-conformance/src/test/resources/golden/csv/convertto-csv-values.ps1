# ConvertTo-Csv writes each value's ToString(): dates in the culture's form, arrays and hashtables by type name; the first object fixes the columns
$d = [datetime]::new(2024, 1, 2, 3, 4, 5)
[pscustomobject]@{ When = $d; List = @(1, 2); Map = @{ k = 1 }; Flag = $true; Num = 1.5; Big = 10000000000 } | ConvertTo-Csv
[pscustomobject]@{ A = 1; B = 2 }, [pscustomobject]@{ B = 3; C = 4 } | ConvertTo-Csv
[ordered]@{ Second = 2; First = 1 } | ConvertTo-Csv
[pscustomobject]@{ A = 1 } | ConvertTo-Csv -IncludeTypeInformation
[pscustomobject]@{ A = 1 } | ConvertTo-Csv -NoTypeInformation
(ConvertTo-Csv -InputObject ([pscustomobject]@{ X = 'y' })).Count
