function Get-Area($width, $height) {
    ($width * $height
}
