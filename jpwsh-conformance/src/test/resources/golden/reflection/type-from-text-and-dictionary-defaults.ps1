# Text converted to a type ([type]'...', -as [type], a [type] variable or parameter) names a constructed generic type with its arguments, as a literal does; Dictionary TryGetValue and Remove(key, [ref]) hand out default(TValue) for a missing key (0, false, the null char, Sunday, the empty Guid, $null for a string)
$t = [type]'System.Collections.Generic.List[int]'
"$t"
$t.FullName -replace ', Version.*', ''
$t -eq [System.Collections.Generic.List[int]]
$u = 'System.Collections.Generic.Dictionary[string,int]' -as [type]
"$u"
$u.GenericTypeArguments.Name -join ','
[type]$w = 'System.Collections.Generic.List[string]'
"$w"
$l = $t::new()
$l.Add('5')
$l[0].GetType().Name
$l.GetType().ToString()
function Show-Type([type]$Type) { "$Type" }
Show-Type 'System.Collections.Generic.HashSet[int]'
"$([type]'int[]')"
'-- default(TValue)'
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$r = 7
$d.TryGetValue('x', [ref]$r)
$r
$o = 'z'
$d.Remove('x', [ref]$o)
"[$o]"
$d.Add('x', 3)
$d.TryGetValue('x', [ref]$r)
$r
$s = 'q'
$null = [System.Collections.Generic.Dictionary[string,string]]::new().TryGetValue('x', [ref]$s)
$null -eq $s
$b = 'q'
$null = [System.Collections.Generic.Dictionary[string,bool]]::new().TryGetValue('x', [ref]$b)
$b
$g = 'q'
$null = [System.Collections.Generic.Dictionary[string,guid]]::new().TryGetValue('x', [ref]$g)
"$g"
$e = 'q'
$null = [System.Collections.Generic.Dictionary[string,System.DayOfWeek]]::new().TryGetValue('x', [ref]$e)
"$e"
$c = 'q'
$null = [System.Collections.Generic.Dictionary[string,char]]::new().TryGetValue('x', [ref]$c)
[int]$c
$n = 'q'
$null = [System.Collections.Generic.Dictionary[string,double]]::new().TryGetValue('x', [ref]$n)
$n.GetType().Name
