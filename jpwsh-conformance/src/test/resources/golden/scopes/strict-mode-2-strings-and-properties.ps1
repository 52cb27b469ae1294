# Version 2 also rejects unset variables in strings and reading missing properties.
Set-StrictMode -Version 2
try { "[$notSet]" } catch { $_.FullyQualifiedErrorId }
$o = [pscustomobject]@{ A = 1 }
try { $o.Missing } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$o.A
