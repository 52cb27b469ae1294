data Settings {
    @{ User = $env:USERNAME }
}
