# Import-Clixml pages like pwsh: -IncludeTotalCount writes an unknown count first (0, Accuracy 0), -Skip and -First count a collection's items one by one
$file = Join-Path ([System.IO.Path]::GetTempPath()) "jpwsh-paging-$PID.xml"
1..5 | Export-Clixml -LiteralPath $file
$all = Import-Clixml -LiteralPath $file -IncludeTotalCount
$all.Count
$all[0]
"$($all[0])"
$all[0].Accuracy
[uint64]$all[0] -eq 0
$all[0].GetType().FullName
'--- with -First and -Skip'
Import-Clixml -LiteralPath $file -IncludeTotalCount -Skip 1 -First 2
'--- paging alone'
(Import-Clixml -LiteralPath $file -Skip 3) -join ','
(Import-Clixml -LiteralPath $file -First 1) -join ','
Remove-Item -LiteralPath $file
