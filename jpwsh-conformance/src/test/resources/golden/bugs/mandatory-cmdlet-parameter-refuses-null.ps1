# A cmdlet's mandatory parameter refuses $null, an empty string and an empty array, as pwsh's binder does.
foreach ($value in @($null, '', @())) {
    try {
        Join-Path -Path $value -ChildPath x -ErrorAction Stop
    } catch {
        $_.FullyQualifiedErrorId
        $_.Exception.Message
    }
}
Join-Path -Path a -ChildPath b
