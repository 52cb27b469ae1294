# GetMethod by name, BindingFlags and parameter types; MethodInfo's text, parameters and Invoke; GetMethods on a script class
$substring = [string].GetMethod('Substring', [type[]]@([int], [int]))
$substring.ToString()
$substring.Name
$substring.ReturnType.FullName
$substring.GetParameters().ParameterType.Name -join ','
$substring.Invoke('hello', @(1, 2))
$substring.IsStatic
[string].GetMethod('Trim', [type[]]@()).Invoke('  x  ', @())
$null -eq [string].GetMethod('NoSuchMethod')
[string].GetMethod('ToUpper', [type[]]@()).Invoke('shout', @())
'text'.psobject.Methods['ToUpper'].Invoke()
$null -eq [string].GetMethod('trim', [type[]]@())
[math].GetMethod('Max', [type[]]@([int], [int])).Invoke($null, @(3, 9))
class Counter {
    [int] $Count = 1
    [int] Add([int] $by) { $this.Count += $by; return $this.Count }
    static [string] Describe() { return 'a counter' }
    hidden [string] Secret() { return 'hidden but public' }
}
$counter = [Counter]::new()
$add = $counter.GetType().GetMethod('Add')
$add.Invoke($counter, @(4))
$add.Invoke($counter, 5)
$counter.Count
$null -eq $counter.GetType().GetMethod('Add', [System.Reflection.BindingFlags]'NonPublic,Instance')
$counter.GetType().GetMethod('Add', [System.Reflection.BindingFlags]'Public,Instance').Invoke($counter, @(10))
[Counter].GetMethod('Describe').Invoke($null, $null)
[Counter].GetMethod('Describe').IsStatic
[Counter].GetMethod('Secret').Invoke($counter, @())
([Counter].GetMethods([System.Reflection.BindingFlags]'Public,Static')).Name
[Counter].GetMethods().Name -contains 'get_Count'
[Counter].GetMethods().Name -contains 'ToString'
[Counter].GetMethod('Add').DeclaringType.Name
[Counter].GetMethod('GetHashCode').DeclaringType.FullName
