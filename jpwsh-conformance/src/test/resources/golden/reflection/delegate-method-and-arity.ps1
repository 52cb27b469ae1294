# A script block converted to a delegate shows pwsh's compiled method (a static lambda_methodN whose return type is the delegate's and whose first parameter is the Closure its Target is), and Invoke takes five or more arguments as the delegate type declares them
$f = [Func[int]]{ 1 }
$f.Method.Name -match '^lambda_method\d+$'
$f.Method.ReturnType.FullName, $f.Method.IsStatic, ($null -eq $f.Method.DeclaringType)
$f.Target.GetType().FullName
$g = [Func[int,int]]{ param($x) $x * 2 }
$g.Method.Name -ne $f.Method.Name
"$($g.Method)" -replace '\d+\(', 'N('
([Action]{ }).Method.ReturnType.FullName
$five = [Func[int,int,int,int,int,int]]{ param($a, $b, $c, $d, $e) $a + $b + $c + $d + $e }
$five.Invoke(1, 2, 3, 4, 5)
$six = [Action[object,object,object,object,object,object]]{ param($a, $b, $c, $d, $e, $f) "$a$b$c$d$e$f" | Write-Host }
$six.Invoke('a', 'b', 'c', 'd', 'e', 'f')
$arr = [Func[object[],int]]{ param($items) $items.Count }
$arr.Invoke(@(1, 2, 3))
try { $five.Invoke(1, 2, 3, 4, 5, 6) } catch { $_.Exception.Message }
$five.DynamicInvoke(@(1, 1, 1, 1, 1))
