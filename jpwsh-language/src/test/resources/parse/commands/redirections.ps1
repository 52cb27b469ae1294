Get-Item x > out.txt
Get-Item x >> out.txt
Get-Item x 2> err.txt
Get-Item x 2>&1
Get-Item x *> $null
Get-Item x 3>$null 4>&1 6>> info.txt
$(Get-Item x) 2>&1
