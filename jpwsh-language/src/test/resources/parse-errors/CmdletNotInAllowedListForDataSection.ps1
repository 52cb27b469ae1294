data Labels {
    Get-Date -Format 'yyyy'
}
