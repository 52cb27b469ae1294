# A cmdlet's own error id ends with the cmdlet's .NET type name.
Get-Variable -Name noSuchVariable -ErrorAction SilentlyContinue -ErrorVariable failure
$failure[0].FullyQualifiedErrorId
$failure[0].CategoryInfo.Category
$failure[0].Exception.Message
$failure[0].TargetObject
