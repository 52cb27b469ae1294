# Strict mode 2 leaves missing hashtable keys as $null but fails on other objects' missing properties.
Set-StrictMode -Version 2
$h = @{ A = 1 }
"[$($h.Missing)]"
try { 'text'.Nope } catch { $_.FullyQualifiedErrorId }
try { (Get-Date).Nope } catch { $_.Exception.GetType().Name }
'text'.Length
