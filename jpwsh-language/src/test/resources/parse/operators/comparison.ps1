$a -eq 1
$a -ieq 'x'
$a -ceq 'X'
$a -ne 1 -and $b -gt 2 -or $c -lt 3
$a -ge 1 -xor $b -le 2
$a -like 'a*' -and $b -notlike 'b*'
$a -match '^\d+$' -and $b -cnotmatch 'x'
$a -contains 1 -and $b -notcontains 2
1 -in $list -and 2 -notin $list
$a -is [int] -and $b -isnot [string]
$a -as [double]
