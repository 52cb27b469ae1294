Get-ChildItem -Path C:\Temp -Recurse
Write-Output -InputObject:$true
Write-Output a,b,c
Write-Output "quoted" 'single' 42 3.5
Write-Output (1 + 2) $(Get-Date) @(1)
Write-Output bare$var trailing
Write-Output [abc] a=b --% not parsed | here
Write-Host $x.Name $x.Method() $h['k']
