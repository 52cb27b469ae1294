# Measure-Object: -StandardDeviation (sample), -AllStats, -IgnoreWhiteSpace, and the GenericMeasureInfo and TextMeasureInfo type names
$m = 2, 4, 4, 4, 5, 5, 7, 9 | Measure-Object -StandardDeviation
[math]::Round($m.StandardDeviation, 6)
$m.Sum -eq $null
$m.pstypenames[0]
$a = 1, 2, 3 | Measure-Object -AllStats
"$($a.Count) $($a.Sum) $($a.Average) $($a.Minimum) $($a.Maximum) $($a.StandardDeviation)"
(5 | Measure-Object -StandardDeviation).StandardDeviation
$t = 'a b', ' c ' | Measure-Object -Character -IgnoreWhiteSpace -Word
"$($t.Characters) $($t.Words) $($null -eq $t.Lines)"
$t.pstypenames[0]
