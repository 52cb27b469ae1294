# A type literal and GetType() give one System.Type: names, assembly, kind flags, base types, element and array types
[int].FullName
[int].Name
[int].Namespace
[int].AssemblyQualifiedName
[int].Assembly.GetName().Name
[System.Management.Automation.ErrorRecord].Assembly.GetName().Name
(1).GetType() -eq [int]
'x'.GetType() -eq [string]
$t = @{}; $t[[int]] = 'int key'; $t[(5).GetType()]
[int].Equals((7).GetType())
[int].IsValueType, [string].IsValueType, [datetime].IsValueType, [ConsoleColor].IsValueType
[int].IsPrimitive, [decimal].IsPrimitive
[ConsoleColor].IsEnum, [int].IsEnum
[int[]].IsArray, [int].IsArray
[string].IsClass, [System.Collections.IEnumerable].IsInterface
[int[]].GetElementType().FullName
[int].MakeArrayType().FullName
[int].BaseType.FullName
[ConsoleColor].BaseType.FullName
[int[]].BaseType.FullName
[string].BaseType.FullName
[ValueType].BaseType.FullName
$null -eq [object].BaseType
[System.Collections.Generic.List[int]].IsGenericType
[string].IsGenericType
[type]::GetType('System.Int32') -eq [int]
$null -eq [type]::GetType('No.Such.Type')
[int].GetType().FullName
