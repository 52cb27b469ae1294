do {
    $line = Read-Host 'Input'
}
Write-Host "You typed $line"
