# .Where() filters with a scriptblock and supports First, Last, SkipUntil, Until and a count.
(1..8).Where{ $_ % 3 } -join ','
(1..5).Where({ $_ -gt 2 }, 'First') -join ','
(1..5).Where({ $_ -gt 2 }, 'Last') -join ','
(1..10).Where({ $_ -gt 2 }, 'Default', 2) -join ','
(1..6).Where({ $_ -eq 3 }, 'SkipUntil') -join ','
(1..6).Where({ $_ -eq 3 }, 'Until') -join ','
('one', '', 'two').Where{ $_ } -join ','
