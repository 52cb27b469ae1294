try {
    Remove-Item -Path $tmp
}
Write-Host 'cleaned'
