# A scriptblock substitute runs once per match with the Match object in $_.
'a1b2c3' -replace '\d', { [int]$_.Value * 2 }
'074080' -replace '\d{3}', { [char][int]$_.Value }
'one two' -replace '\w+', { $_.Value.ToUpper() + $_.Index }
