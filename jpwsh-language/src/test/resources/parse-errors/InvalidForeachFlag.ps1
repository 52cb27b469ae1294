$files = Get-ChildItem
foreach -Sorted ($f in $files) {
    $f.Name
}
