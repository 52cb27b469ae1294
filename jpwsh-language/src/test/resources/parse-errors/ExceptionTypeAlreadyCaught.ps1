try {
    Get-Content $path
}
catch [System.Exception] {
    'general'
}
catch [System.IO.IOException] {
    'io'
}
