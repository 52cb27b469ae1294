# Group-Object: -CaseSensitive, several properties, calculated properties, -AsHashTable with -AsString, -NoElement
'a', 'A', 'b' | Group-Object | ForEach-Object { "$($_.Count) $($_.Name)" }
'a', 'A', 'b' | Group-Object -CaseSensitive | ForEach-Object { "$($_.Count) $($_.Name)" }
$h = 1, 2, 3, 4 | Group-Object { $_ % 2 } -AsHashTable
$h[1] -join ','
$h = 1, 2, 3, 4 | Group-Object { $_ % 2 } -AsHashTable -AsString
$h['0'] -join ','
$rows = [pscustomobject]@{ a = 1; b = 2 }, [pscustomobject]@{ a = 1; b = 2 }, [pscustomobject]@{ a = 1; b = 3 }
$rows | Group-Object a, b | ForEach-Object { "$($_.Count) $($_.Name)" }
$rows | Group-Object @{ e = { $_.b * 10 } } -NoElement | ForEach-Object { "$($_.Count) $($_.Name) $($null -eq $_.Group)" }
try { $rows | Group-Object @{ x = 1 } } catch { $_.FullyQualifiedErrorId }
