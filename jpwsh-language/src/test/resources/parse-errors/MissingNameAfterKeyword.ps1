function {
    Write-Output 'anonymous'
}
