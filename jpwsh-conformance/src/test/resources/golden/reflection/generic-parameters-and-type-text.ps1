# A generic definition's parameters (T, TKey/TValue, Func's TResult), generic dictionaries made with arguments, and the text PowerShell writes for a type
$t = [System.Collections.Generic.List`1].GetGenericArguments()
"List definition: $($t.Count) $($t[0].Name) full name null: $($null -eq $t[0].FullName) parameter: $($t[0].IsGenericParameter) position: $($t[0].GenericParameterPosition)"
"declared by: $($t[0].DeclaringType.Name) open: $([System.Collections.Generic.List`1].ContainsGenericParameters) closed: $([System.Collections.Generic.List[int]].ContainsGenericParameters)"
"Dictionary definition: $([System.Collections.Generic.Dictionary`2].GetGenericArguments().Name -join ',')"
"Func with three: $([System.Func`3].GetGenericArguments().Name -join ',') Func with two: $([System.Func`2].GetGenericArguments().Name -join ',') Action with two: $([System.Action`2].GetGenericArguments().Name -join ',')"
"definition text: $([System.Collections.Generic.List`1].ToString())"
$d = New-Object 'System.Collections.Generic.Dictionary[string,int]'
$d['a'] = 1
"New-Object: $($d.GetType().ToString()) arguments: $($d.GetType().GenericTypeArguments.Name -join ',')"
$ci = [System.Collections.Generic.Dictionary[string,int]]::new([System.StringComparer]::OrdinalIgnoreCase)
$ci['Key'] = 1; $ci['KEY'] = 2
"with a comparer: count $($ci.Count) value $($ci['key']) type $($ci.GetType().ToString())"
$sized = [System.Collections.Generic.Dictionary[string,int]]::new(10)
"with a capacity: count $($sized.Count) type $($sized.GetType().Name)"
$both = [System.Collections.Generic.Dictionary[string,int]]::new(5, [System.StringComparer]::OrdinalIgnoreCase)
$both['Q'] = 1
"capacity and comparer: $($both.ContainsKey('q'))"
$no = New-Object 'System.Collections.Generic.Dictionary[string,int]' ([System.StringComparer]::OrdinalIgnoreCase)
$no['X'] = 1
"New-Object with a comparer: $($no.ContainsKey('x'))"
"in a string: $([int]) $([string]) $([int[]]) $([hashtable]) $([object]) $([System.IO.FileInfo])"
"cast: $([string][int]) $([string][System.Collections.Generic.List[int]]) $([string][System.Collections.Generic.Dictionary[string,int]])"
"ToString: $([int].ToString()) $([System.Collections.Generic.List[int]].ToString())"
"a value's type in a string: $((1).GetType()) $($ci.GetType())"
