function Find-File($Path) {
    param($Filter)
    Get-ChildItem $Path -Filter $Filter
}
