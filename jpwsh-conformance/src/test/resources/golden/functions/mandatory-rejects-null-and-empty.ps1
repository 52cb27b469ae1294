# A mandatory parameter rejects $null and, for strings, the empty string.
function Get-Greeting { param([Parameter(Mandatory)] [string]$Name) "Hello $Name" }
try { Get-Greeting -Name $null } catch { $_.FullyQualifiedErrorId }
try { Get-Greeting -Name '' } catch { $_.FullyQualifiedErrorId }
try { Get-Greeting -Name '' } catch { $_.Exception.Message }
