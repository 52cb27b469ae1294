# $PSCmdlet.ThrowTerminatingError and WriteError refuse a null error record with .NET's ArgumentNullException, as a method call error the caller can catch.
function Stop-WithNothing { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError($null); 'not reached' }
function Write-Nothing { [CmdletBinding()] param() $PSCmdlet.WriteError($null); 'not reached' }
try { Stop-WithNothing } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { Write-Nothing } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
