# Each built-in cmdlet is implemented by pwsh's type: [Microsoft.PowerShell.Commands.GetDateCommand] resolves, and the binding and runtime errors a cmdlet reports end with its type's full name.
[Microsoft.PowerShell.Commands.GetDateCommand].FullName
[Microsoft.PowerShell.Commands.GetRunspaceCommand].Name
[Microsoft.PowerShell.Commands.WriteOutputCommand].Namespace
([type]'Microsoft.PowerShell.Commands.ForEachObjectCommand').FullName
try { Get-Date -NoSuchParameter 1 } catch { $_.FullyQualifiedErrorId }
try { Get-Date -Format } catch { $_.FullyQualifiedErrorId }
try { Get-Date '2020-01-01' 'extra' } catch { $_.FullyQualifiedErrorId }
try { Get-Runspace -Name worker -Id 2 } catch { $_.FullyQualifiedErrorId }
try { Get-Variable -NoSuchParameter } catch { $_.FullyQualifiedErrorId }
try { Get-Variable NoSuchVariable -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Get-Variable NoSuchVariable -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
try { New-Object No.Such.Type } catch { $_.FullyQualifiedErrorId }
function Test-Failure { Write-Error 'failed' }
Test-Failure 2>$null
$Error[0].FullyQualifiedErrorId
