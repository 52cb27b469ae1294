# ConvertFrom-Csv: quotes, doubled quotes, blanks before values skipped and after them kept, missing columns as $null, extra columns dropped, blank lines skipped
$rows = "Name, Value ,Note`n  a , ""x, y"" ,""say """"hi""""""`n`nb,2`nc,3,extra,more" | ConvertFrom-Csv
$rows.Count
foreach ($r in $rows) { (($r.psobject.Properties | ForEach-Object { "[$($_.Value)]" }) -join ' ') + " null=$($null -eq $r.Note)" }
$rows[0].psobject.Properties.Name -join '|'
'h1,h2', '1,2', '3,4' | ConvertFrom-Csv | ForEach-Object { $_.h1 + '-' + $_.h2 }
"x;y`n1;2" | ConvertFrom-Csv -Delimiter ';' | ForEach-Object { $_.y }
'1,2', '3,4' | ConvertFrom-Csv -Header A, B | ForEach-Object { "$($_.A)/$($_.B)" }
"A`n""multi`nline""" | ConvertFrom-Csv | ForEach-Object { $_.A.Replace("`n", '\n') }
"#TYPE My.Type`nA`n1" | ConvertFrom-Csv | ForEach-Object { $_.PSTypeNames -join ', ' }
"# comment`n#another`nA,B`n1,2" | ConvertFrom-Csv | ForEach-Object { $_.B }
"#Version: 1.0`n#Fields: a`tb`nx`ty" | ConvertFrom-Csv -Delimiter "`t" | ForEach-Object { $_.b }
"A,B" | ConvertFrom-Csv | Measure-Object | ForEach-Object Count
"A,,C,,`n1,2,3,4,5", "6,7,8" | ConvertFrom-Csv 3>&1 | ForEach-Object {
    if ($_.GetType().Name -eq 'WarningRecord') { "warning: $_" } else { ($_.psobject.Properties | ForEach-Object { $_.Name + '=' + $_.Value }) -join '|' }
}
