try {
    Get-Content $path
}
catch [System.IO.IOException]
    Write-Warning 'io'
