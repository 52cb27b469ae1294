1..5 | ForEach-Object { $_ * 2 } | Measure-Object
Get-Item x |
    Select-Object Name
Get-Item y
    | Sort-Object
    | Select-Object -First 1
Get-Date `
    -Format yyyy
