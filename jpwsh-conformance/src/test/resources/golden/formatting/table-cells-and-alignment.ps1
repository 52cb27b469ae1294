# Table cells: a line break cuts the cell with an ellipsis, $null is empty, booleans and numbers align right, strings left, nested objects show as @{...}.
[pscustomobject]@{ Text = "first`nsecond"; Null = $null; Flag = $true; Num = 3.14159; Obj = [pscustomobject]@{ X = 1 } } | Format-Table
