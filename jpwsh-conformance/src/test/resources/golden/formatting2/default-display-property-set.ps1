# A type's DefaultDisplayPropertySet (Update-TypeData) decides the properties of the default table and list; Format-List * and Select-Object * still show them all.
Update-TypeData -TypeName My.Thing -DefaultDisplayPropertySet A, C
$o = [pscustomobject]@{ PSTypeName = 'My.Thing'; A = 1; B = 2; C = 3; D = 4; E = 5 }
$o | Out-String
$o | Format-List | Out-String
$o | Format-List * | Out-String
$o | Select-Object * | Out-String
$o.PSTypeNames[0]
