Write-Output ${my{var}
