# Measure-Object counts items and computes sum, average, maximum and minimum.
$m = 1..4 | Measure-Object -Sum -Average -Maximum -Minimum
$m.Count
$m.Sum
$m.Average
$m.Maximum
$m.Minimum
(@() | Measure-Object).Count
$objs = [pscustomobject]@{ Size = 5 }, [pscustomobject]@{ Size = 7 }
($objs | Measure-Object -Property Size -Sum).Sum
$t = 'one two three' | Measure-Object -Word -Line -Character
"$($t.Lines) $($t.Words) $($t.Characters)"
