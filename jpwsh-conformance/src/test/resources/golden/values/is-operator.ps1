# -is and -isnot test an object's runtime type, including base types and interfaces.
1 -is [int]
1 -is [long]
'a' -is [string]
@() -is [array]
$null -is [object]
@{} -is [System.Collections.IDictionary]
1 -isnot [string]
