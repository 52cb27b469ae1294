# .ForEach() also takes a property or method name (with arguments) or a type to convert to.
$objs = [pscustomobject]@{ N = 1 }, [pscustomobject]@{ N = 2 }
$objs.ForEach('N') -join ','
('one', 'two').ForEach('ToUpper') -join ','
('abc', 'def').ForEach('Substring', 1) -join ','
$ints = ('1', '2').ForEach([int])
$ints[0].GetType().Name
($ints[0] + $ints[1])
