# Indexing into $null fails with NullArray.
$nothing = $null
try { $nothing[0] } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
