# A mandatory untyped parameter rejects $null.
function Use-Value { param([Parameter(Mandatory)] $Value) "got $Value" }
try { Use-Value -Value $null } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Use-Value -Value 0
