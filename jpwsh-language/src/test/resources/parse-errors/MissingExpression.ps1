$names = 'alpha', 'beta'
Write-Output 'gamma', 'delta',
