$result = 0
Update-Total -Value ([ref][ref]$result)
