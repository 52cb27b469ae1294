$rest = @{ Verbose = $true }
Write-Output 'first', @rest
