# New-Variable refuses to replace an existing variable unless -Force is given.
New-Variable -Name beta -Value 1
try { New-Variable -Name beta -Value 2 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
New-Variable -Name beta -Value 3 -Force
$beta
