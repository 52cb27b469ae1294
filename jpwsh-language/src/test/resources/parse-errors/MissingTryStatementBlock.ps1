try
    Get-Item -Path $file
catch {
    Write-Warning 'missing'
}
