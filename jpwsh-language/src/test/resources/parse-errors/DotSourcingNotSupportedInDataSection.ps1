data Strings {
    . ./strings.ps1
}
