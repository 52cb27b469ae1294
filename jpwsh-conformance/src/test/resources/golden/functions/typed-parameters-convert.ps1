# A typed parameter converts its argument, and an argument that cannot convert is a binding error.
function Get-Double { param([int]$Value) $Value * 2; $Value.GetType().Name }
Get-Double '21'
Get-Double 2.5
try { Get-Double 'abc' } catch { $_.FullyQualifiedErrorId }
