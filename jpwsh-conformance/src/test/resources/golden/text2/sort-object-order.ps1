# Sort-Object's order of equal items: without -Stable, -Top or -Bottom it is .NET's unstable List.Sort order (pwsh's documented 1..20 example), with them the input order; keys are worked out once per object; -Culture collates strings in that culture
(1..20 | Sort-Object { $_ % 3 }) -join ','
(1..20 | Sort-Object { $_ % 3 } -Stable) -join ','
(1..20 | Sort-Object { $_ % 3 } -Descending) -join ','
(1..20 | Sort-Object { $_ % 3 } -Stable -Descending) -join ','
(1..20 | Sort-Object { $_ % 3 } -Top 8) -join ','
(1..20 | Sort-Object { $_ % 3 } -Bottom 4) -join ','
(1..40 | Sort-Object { $_ % 2 }) -join ','
(1..12 | Sort-Object { $_ % 4 }) -join ','
$items = 1..30 | ForEach-Object { [pscustomobject]@{ Group = $_ % 4; Id = $_ } }
($items | Sort-Object Group | ForEach-Object Id) -join ','
($items | Sort-Object Group -Unique | ForEach-Object Id) -join ','
$script:calls = 0
$null = 5, 3, 9, 1, 7 | Sort-Object { $script:calls++; $_ }
$script:calls
$words = 'zebra', 'Äpfel', 'apple', 'Zoo', 'ähnlich', 'öl', 'Ost'
(Sort-Object -InputObject 1 -Culture de-DE) -join ','
($words | Sort-Object -Culture sv-SE) -join ','
($words | Sort-Object -Culture de-DE) -join ','
('b', 'B', 'a', 'A' | Sort-Object -CaseSensitive -Culture en-US) -join ','
