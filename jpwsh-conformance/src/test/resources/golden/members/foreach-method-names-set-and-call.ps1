# .ForEach('Name', args) as pwsh's ForEach operator: with one argument it sets the property (or a hashtable's key) and outputs nothing, with more it sets them as an array, with none it reads; a method is called with the arguments; a member's value or a method's result is one element of the result, even when it is a collection
$obj = [pscustomobject] @{ p = 1 }
'set: [' + ($obj.ForEach('p', 32) -join ',') + ']'
$obj.p
$objs = [pscustomobject]@{ n = 1 }, [pscustomobject]@{ n = 2 }
$null = $objs.ForEach('n', 5, 6)
$objs[1].n -join '+'
$objs.ForEach('n').Count
$objs.ForEach('n')[0].GetType().Name
$tables = @{ a = 1 }, @{ a = 2 }
$null = $tables.ForEach('a', 9)
$tables.ForEach('a') -join ','
('x', 'y').ForEach('ToUpper') -join ','
('x', 'y').ForEach('PadLeft', 3) -join '|'
('a,b', 'c').ForEach('Split', ',').Count
(1, 2).ForEach('NoSuchMember').Count
(1..3).ForEach({ $_; $_ * 10 }).Count
