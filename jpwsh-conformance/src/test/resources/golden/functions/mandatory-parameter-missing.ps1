# Without an interactive host, a missing mandatory parameter is a binding error naming the parameter.
function Get-Greeting { param([Parameter(Mandatory)] [string]$Name) "Hello $Name" }
Get-Greeting -Name Ann
try { Get-Greeting } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
