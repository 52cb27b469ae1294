try {
    Get-Content $path
}
catch [System.IO.IOException], {
    'io'
}
