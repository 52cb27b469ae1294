function Copy-File {
    param($Source, $Destination, $source)
    Copy-Item $Source $Destination
}
