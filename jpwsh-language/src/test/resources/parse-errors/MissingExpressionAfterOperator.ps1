$enabled = $true
if (-not) {
    'disabled'
}
