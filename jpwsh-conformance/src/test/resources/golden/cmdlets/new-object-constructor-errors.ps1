# New-Object reports a constructor that throws, or none that takes the arguments, as its terminating ConstructorInvokedThrowException.
try { New-Object System.Text.StringBuilder -ArgumentList (-1) } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
try { New-Object System.Text.StringBuilder -ArgumentList 1, 2, 3, 4, 5 } catch { $_.FullyQualifiedErrorId }
try { New-Object No.Such.Type } catch { $_.FullyQualifiedErrorId }
'after'
