# [Console]::Write and WriteLine write their text as it is, outside the pipeline (the default Clear-Host function writes the clear program's escape sequences so)
[Console]::Write('a')
[Console]::WriteLine('b')
[System.Console]::WriteLine()
[Console]::WriteLine(42)
'x'
[System.Console].FullName
