# .NET numbers unnamed groups first, then named ones; $Matches, Groups and -split follow that order
'ab' -match '(?<n>a)(b)'
$Matches[1] + '|' + $Matches.n
$m = [regex]::Match('ab', '(?<n>a)(b)')
$m.Groups.Count
$m.Groups[1].Value + $m.Groups[2].Value + $m.Groups['n'].Value
$m.Groups[2].Name
([regex]'(?<n>a)(b)').GetGroupNames() -join ','
([regex]'(?<n>a)(b)').GroupNumberFromName('n')
$m.Groups | ForEach-Object { "$($_.Name)=$($_.Value)@$($_.Index)" }
'x' -match '(a)?x'
$Matches.Count
$null -eq $Matches[1]
$m = [regex]::Match('x', '(a)?x')
$m.Groups[1].Success
'[' + $m.Groups[1].Value + ']'
$m.Groups['nope'].Success
