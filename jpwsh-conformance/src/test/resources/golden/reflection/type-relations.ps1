# IsAssignableFrom, IsInstanceOfType, IsSubclassOf and GetInterfaces, and -is with .NET's collection interfaces
[System.Collections.IEnumerable].IsAssignableFrom([int[]])
[System.Collections.IList].IsAssignableFrom([object[]])
[object].IsAssignableFrom([string])
[string].IsAssignableFrom([object])
[System.IComparable].IsAssignableFrom([int])
[int].IsInstanceOfType(5)
[int].IsInstanceOfType('5')
[System.ArgumentException].IsSubclassOf([System.Exception])
[System.Exception].IsSubclassOf([System.ArgumentException])
[string].GetInterfaces().FullName -contains 'System.IComparable'
[System.Collections.ArrayList].GetInterfaces().FullName -contains 'System.Collections.IList'
$array = 1, 2, 3
$array -is [System.Collections.IEnumerable]
$array -is [System.Collections.IList]
$array -is [System.Collections.ICollection]
$array -isnot [System.Collections.IList]
'text' -is [System.Collections.IList]
1 -is [ValueType]
(Get-Date) -is [ValueType]
'x' -is [ValueType]
$x = 42
$x -is $x.GetType()
'x' -is (1).GetType()
