foreach ($f in $files) {
    try {
        Get-Content $f
    }
    finally {
        continue
    }
}
