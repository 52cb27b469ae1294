function Get-Info {
    param([string])
    'info'
}
