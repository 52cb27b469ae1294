# Everything a function does not capture is output; return adds its value and stops the function.
function Get-Values { 'first'; return 'second'; 'never' }
(Get-Values) -join ','
function Get-Nothing { $null = 'x'; [void]'y'; 'z' | Out-Null }
(Get-Nothing | Measure-Object).Count
