# Select-Object: wildcards, -ExcludeProperty, calculated properties and their errors, the -First/-Last/-Skip/-SkipLast/-Index/-SkipIndex/-Unique objects, -ExpandProperty with -Property
$o = [pscustomobject]@{ Name = 'a'; Size = 3; Kind = 'k' }
$o | Select-Object * | ForEach-Object { $_.psobject.Properties.Name -join ',' }
$o | Select-Object -ExcludeProperty Size | ForEach-Object { $_.psobject.Properties.Name -join ',' }
$o | Select-Object N*, @{ n = 'Double'; e = { $_.Size * 2 } } | ForEach-Object { "$($_.Name) $($_.Double)" }
$o | Select-Object @{ Label = 'L'; Expression = 'Size' } | ForEach-Object L
$o | Select-Object Missing | ForEach-Object { $null -eq $_.Missing }
(1..10 | Select-Object -Skip 2 -First 3) -join ','
(1..10 | Select-Object -SkipLast 7) -join ','
(1..10 | Select-Object -Last 2) -join ','
(1..10 | Select-Object -Index 1, 3, 20) -join ','
(1..5 | Select-Object -SkipIndex 0, 4) -join ','
(1, 2, 2, 3, 1 | Select-Object -Unique) -join ','
('a', 'A', 'b' | Select-Object -Unique) -join ','
('a', 'A', 'b' | Select-Object -Unique -CaseInsensitive) -join ','
$p = [pscustomobject]@{ Name = 'n'; List = 1, 2 } | Select-Object -Property Name -ExpandProperty List
$p | ForEach-Object { "$_ $($_.Name)" }
(Select-Object -InputObject $o -Property Name).pstypenames[0]
foreach ($bad in @{ n = 'x' }, @{ e = 'x'; q = 1 }, @{ e = 1 }, @{ n = 'a'; name = 'b'; e = 'x' }, @{ e = $null }) {
    try { $o | Select-Object $bad } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
}
$o | Select-Object -ExpandProperty Nope -ErrorVariable ev -ErrorAction SilentlyContinue
"$($ev[0].FullyQualifiedErrorId): $($ev[0].Exception.Message)"
$c = 0; 1..100 | ForEach-Object { $c++; $_ } | Select-Object -First 2 | Out-Null; $c
try { $o | Select-Object -Ex Name } catch { $_.FullyQualifiedErrorId }
