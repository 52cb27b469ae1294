parallel {
    Get-Process
}
