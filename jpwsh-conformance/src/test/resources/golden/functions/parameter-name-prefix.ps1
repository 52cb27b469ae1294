# A parameter name may be shortened to any unique prefix; an ambiguous prefix is an error.
function Get-Thing { [CmdletBinding()] param($Name, $Number) "$Name/$Number" }
Get-Thing -Na x -Nu 1
try { Get-Thing -N x } catch { $_.FullyQualifiedErrorId }
