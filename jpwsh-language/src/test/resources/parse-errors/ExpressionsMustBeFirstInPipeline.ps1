Get-ChildItem | $_.Name
