function Get-Prefix($text) {
    $text.Substring(0, 3
}
