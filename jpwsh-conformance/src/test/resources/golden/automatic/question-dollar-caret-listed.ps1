# Get-Variable lists $?, $$ and $^ as pwsh's does (PowerShell's Get-Variable tests look for them); the $? variable
# reads the last statement's success, $$ and $^ stay $null in a script
$names = (Get-Variable).Name
foreach ($name in '$', '?', '^') { "$name listed: $($names -contains $name)" }
Get-Item /no/such/item -ErrorAction SilentlyContinue
"after a failure: $((Get-Variable | Where-Object Name -eq '?').Value)"
"after a success: $((Get-Variable | Where-Object Name -eq '?').Value)"
"$($null -eq $$) $($null -eq $^)"
