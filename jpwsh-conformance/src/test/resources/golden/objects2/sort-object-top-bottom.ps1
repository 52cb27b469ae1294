# Sort-Object -Top/-Bottom keep the first/last N of the sorted order; -Stable, -CaseSensitive and -Culture.
(5, 3, 1, 4, 2 | Sort-Object -Top 2) -join ','
(5, 3, 1, 4, 2 | Sort-Object -Bottom 2) -join ','
(5, 3, 1, 4, 2 | Sort-Object -Top 2 -Descending) -join ','
(5, 3, 1, 4, 2 | Sort-Object -Bottom 2 -Descending) -join ','
(1, 2 | Sort-Object -Top 5) -join ','
(3, 1, 3, 2, 1 | Sort-Object -Unique -Top 2) -join ','
(3, 1, 3, 2, 1 | Sort-Object -Unique -Bottom 2) -join ','
$items = @(
    [pscustomobject]@{ K = 2; N = 'a' }, [pscustomobject]@{ K = 1; N = 'b' },
    [pscustomobject]@{ K = 2; N = 'c' }, [pscustomobject]@{ K = 1; N = 'd' })
($items | Sort-Object -Property K -Stable | ForEach-Object N) -join ','
($items | Sort-Object -Property K -Top 3 | ForEach-Object N) -join ','
($items | Sort-Object -Property @{ Expression = 'K'; Descending = $true }, @{ Expression = 'N'; Descending = $true } | ForEach-Object N) -join ','
('b', 'B', 'a', 'A' | Sort-Object -CaseSensitive) -join ','
('b', 'B', 'a', 'A' | Sort-Object -CaseSensitive -Unique) -join ','
('b', 'B', 'a', 'A' | Sort-Object -Unique) -join ','
('b', 'a', 'c' | Sort-Object -Culture 'en-US') -join ','
try { 1, 2 | Sort-Object -Top 1 -Bottom 1 } catch { $_.FullyQualifiedErrorId }
try { 1, 2 | Sort-Object -Stable -Top 1 } catch { $_.FullyQualifiedErrorId }
try { 1, 2 | Sort-Object -Top 0 } catch { $_.FullyQualifiedErrorId }
try { 1, 2 | Sort-Object -Bottom -1 } catch { $_.FullyQualifiedErrorId }
($items | Sort-Object -Property @{ e = 'K'; asc = $false }, @{ ex = 'N'; DESC = $false } | ForEach-Object N) -join ','
($items | Sort-Object -Property @{ e = 'K'; Ascending = $false; Descending = $false } -Descending | ForEach-Object N) -join ','
($items | Sort-Object -Property @{ e = 'K'; Ascending = $true; Descending = $true } | ForEach-Object N) -join ','
