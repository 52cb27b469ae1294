# Measure-Object: one result per property (several names, wildcards, script blocks) in the order first met, GenericObjectMeasureInfo for text minimum/maximum, no result for a missing property, NonNumericInputObject, empty input and text counts
$r = 1..4 | Measure-Object -Sum -Average -Maximum -Minimum -StandardDeviation
'{0} {1} {2} {3} {4} {5:N6} [{6}]' -f $r.Count, $r.Sum, $r.Average, $r.Maximum, $r.Minimum, $r.StandardDeviation, $r.Property
$objs = [pscustomobject]@{ Width = 2; Height = 10; Name = 'b' }, [pscustomobject]@{ Width = 4; Height = 30; Name = 'a' }, [pscustomobject]@{ Width = 6; Name = 'c' }
$objs | Measure-Object -Property Height, Width -Sum | ForEach-Object { '{0}: count {1} sum {2}' -f $_.Property, $_.Count, $_.Sum }
$objs | Measure-Object -Property *h* -Maximum | ForEach-Object { '{0}: {1} {2}' -f $_.Property, $_.Maximum, $_.PSObject.TypeNames[0] }
$m = $objs | Measure-Object -Property Name -Maximum -Minimum
'{0} {1} {2}' -f $m.Minimum, $m.Maximum, $m.PSObject.TypeNames[0]
($objs | Measure-Object -Property Missing) -eq $null
$objs | Measure-Object -Property { $_.Width * 2 } -Sum | ForEach-Object { '{0} = {1}' -f $_.Property, $_.Sum }
$e = 1, 'x', 3 | Measure-Object -Sum -ErrorAction SilentlyContinue -ErrorVariable err
'{0} [{1}] {2} {3}' -f $e.Count, $e.Sum, $err[0].FullyQualifiedErrorId, $err[0].Exception.Message
$z = @() | Measure-Object -Average -Sum
'{0} [{1}] {2}' -f $z.Count, $z.Average, $z.Sum
"one two`nthree", "four" | Measure-Object -Line -Word -Character | ForEach-Object { '{0} {1} {2}' -f $_.Lines, $_.Words, $_.Characters }
