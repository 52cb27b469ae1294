# ConvertFrom-Csv and Import-Csv read malformed quoting leniently as pwsh does: text after a closing quote joins the value, blanks alone there are dropped, a quote inside an unquoted value runs to the next delimiter, a last empty value at the end of the text is missing
"a,b`n""x""tail,2`n""q""  ,3`nfoo ""ba,r""`nfoo bar ,5`n"" lead"" trail ,6" | ConvertFrom-Csv | ForEach-Object { "[$($_.a)] [$($_.b)]" }
'--- line ends'
"a,b`r`n1,2`r`n`r`n3,4" | ConvertFrom-Csv | ForEach-Object { "[$($_.a)] [$($_.b)]" }
"a,b`n1," | ConvertFrom-Csv | ForEach-Object { "[$($_.a)] b is null: $($null -eq $_.b)" }
"a,b`n1,`n" | ConvertFrom-Csv | ForEach-Object { "[$($_.a)] b is null: $($null -eq $_.b)" }
'--- a quote left open runs to the end'
"a,b`n""open,1`n2" | ConvertFrom-Csv | ForEach-Object { "[$($_.a.Replace("`n", '\n'))] b is null: $($null -eq $_.b)" }
'--- Import-Csv reads a file the same way'
$file = Join-Path ([System.IO.Path]::GetTempPath()) "jpwsh-tails-$PID.csv"
Set-Content -LiteralPath $file -Value "h1;h2`n""v""x ;""y""" -NoNewline
Import-Csv -LiteralPath $file -Delimiter ';' | ForEach-Object { "[$($_.h1)] [$($_.h2)]" }
Remove-Item -LiteralPath $file
