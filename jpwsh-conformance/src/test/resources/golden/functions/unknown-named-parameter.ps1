# An advanced function rejects an unknown parameter name; a simple function passes it on in $args.
function Use-Advanced { [CmdletBinding()] param($Known) 'ran' }
try { Use-Advanced -Bogus 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
function Use-Simple { param($Known) "args: $($args -join ' ')" }
Use-Simple -Bogus 1
