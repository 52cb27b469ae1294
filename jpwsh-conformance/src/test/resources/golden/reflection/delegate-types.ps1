# Script blocks as generic delegates: Func`N and Action`N by arity, MakeGenericType, DynamicInvoke, List[T]'s ForEach, ConvertAll and Sort
"Func[int,int]: $([Func[int,int]].Name) generic: $([Func[int,int]].IsGenericType) arguments: $([Func[int,int]].GenericTypeArguments.Name -join ',')"
[Func[int,int]].FullName
$f = [Func[int,int]]{ param($x) $x * 2 }
"invoked: $($f.Invoke(21)) type: $($f.GetType().Name) same as literal: $($f.GetType() -eq [Func[int,int]]) not Func[int,string]: $($f.GetType() -ne [Func[int,string]])"
"Action: $([Action].FullName) value: $(([Action]{}).GetType().FullName) Action[string]: $(([Action[string]]{}).GetType().Name)"
"System.Func[object]: $(([System.Func[object]]{ 'obj' }).Invoke())"
$definition = [System.Action`1]
"definition: $($definition.Name) is definition: $($definition.IsGenericTypeDefinition)"
$gt = [object].Assembly.GetType('System.Action`2')
"from the assembly: $($gt.FullName) $($gt.IsGenericTypeDefinition)"
$ct = $gt.MakeGenericType([int], [string])
"constructed: $($ct.Name) $($ct.GenericTypeArguments.Name -join ',')"
$d = { param($a, $b) Write-Host "a=$a b=$b args=$($args.Length)" } -as $ct
"converted: $($d.GetType().Name)"
$d.DynamicInvoke(@(5, 'x'))
"DynamicInvoke of a Func: $(([System.Func[int,string]]{ param($n) "n$n" }).DynamicInvoke(@(3)))"
$list = [System.Collections.Generic.List[int]]@(3, 1, 2)
$r = $list.ForEach([Action[int]]{ param($i) Write-Host "item $i" })
"ForEach returns nothing: $($null -eq $r)"
$list.ForEach({ Write-Host "a block as Action: `$_ is [$_], `$args[0] is [$($args[0])]" })
"ConvertAll: $($list.ConvertAll([Converter[int,string]]{ param($x) "<$x>" }) -join '')"
$list.Sort([Comparison[int]]{ param($x, $y) $y.CompareTo($x) })
"sorted descending: $($list -join ',')"
"an array still has the intrinsic ForEach: $(@(1, 2).ForEach({ $_ * 10 }) -join ',')"
try { [type]::GetType('System.Func`3').MakeGenericType([int]) } catch { "wrong arity: $($_.Exception.InnerException.GetType().Name)" }
