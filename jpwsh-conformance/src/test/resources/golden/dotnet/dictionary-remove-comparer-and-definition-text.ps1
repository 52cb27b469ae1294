# A generic Dictionary's Remove(key) says whether the key was there (Hashtable's returns nothing) and Remove(key, [ref]value) hands out the value; its Comparer is the key type's default comparer unless one was given; a generic definition named by its arity prints with its parameters
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d.Add('a', 1)
$d.Add('b', 2)
$d.Remove('a')
$d.Remove('zz')
$d.Count
$value = 0
$d.Remove('b', [ref]$value)
$value
$d.Count
$h = @{ a = 1 }
$h.Remove('a')
$h.Count
$d.Comparer.GetType().Name
"$($d.Comparer)"
"$([System.Collections.Generic.Dictionary[int,string]]::new().Comparer)"
"$([System.Collections.Generic.Dictionary[object,int]]::new().Comparer)"
$d.Comparer.Equals('x', 'x'), $d.Comparer.Equals('x', 'X')
$ignoring = [System.Collections.Generic.Dictionary[string,int]]::new([System.StringComparer]::OrdinalIgnoreCase)
$ignoring.Comparer -eq [System.StringComparer]::OrdinalIgnoreCase
"$([System.Collections.Generic.List`1])"
"$([System.Collections.Generic.Dictionary`2])"
[System.Collections.Generic.List`1].IsGenericTypeDefinition
[System.Collections.Generic.List`1].MakeGenericType([int]).ToString()
