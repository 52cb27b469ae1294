& $scriptBlock 1 2
& 'C:\Program Files\tool.exe' -flag
& { param($x) $x } 5
. .\helper.ps1
. $path
./relative.ps1
Get-Process | Where-Object { $_.CPU -gt 100 } | Select-Object Name, CPU
