# SilentlyContinue hides an error but still records it in $Error; Ignore does not.
$Error.Clear()
Get-Variable -Name noSuchVariable -ErrorAction SilentlyContinue
$Error.Count
$Error[0].FullyQualifiedErrorId
Get-Variable -Name noSuchVariable -ErrorAction Ignore
$Error.Count
