# Format-Wide shows one value per object (the Name property, or -Property), two per line by default, -Column per line, or as many as fit with -AutoSize.
$items = 'alpha', 'beta', 'gamma', 'delta', 'epsilon' | ForEach-Object { [pscustomobject]@{ Name = $_; Length = $_.Length } }
$items | Format-Wide | Out-String -Width 40 -Stream
$items | Format-Wide -Column 3 | Out-String -Width 40 -Stream
$items | Format-Wide -AutoSize | Out-String -Width 40 -Stream
$items | Format-Wide -Property { $_.Name.Length } -Column 5 | Out-String -Width 40 -Stream
try { $items | Format-Wide -AutoSize -Column 2 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
