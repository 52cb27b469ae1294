try {
    Get-Item $path
}
catch {
    'any error'
}
catch [System.IO.IOException] {
    'io error'
}
