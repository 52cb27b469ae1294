$debug = $true
if ($debug)
    Write-Host 'debug on'
