# Write-Error builds an ErrorRecord from its parameters; without -ErrorId the id is the exception type.
Write-Error 'plain' -ErrorAction SilentlyContinue -ErrorVariable e1
$e1[0].Exception.GetType().FullName
$e1[0].FullyQualifiedErrorId
$e1[0].CategoryInfo.Category
Write-Error -Message 'custom' -ErrorId 'MyId' -Category InvalidData -TargetObject 7 -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
$e2[0].CategoryInfo.Category
$e2[0].TargetObject
"$($e2[0])"
