trap [System.IO.IOException]
Write-Host 'no handler'
