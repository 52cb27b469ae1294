function Get-Label($ok) {
    $ok ? 'yes'
}
