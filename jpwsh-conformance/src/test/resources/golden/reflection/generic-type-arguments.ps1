# A constructed generic type keeps its type arguments: names, GenericTypeArguments, definition, MakeGenericType
$t = [System.Collections.Generic.List[int]]
$t.FullName
$t.Name
$t.ToString()
$t.Namespace
$t.AssemblyQualifiedName
"generic=$($t.IsGenericType) constructed=$($t.IsConstructedGenericType) definition=$($t.IsGenericTypeDefinition)"
"arguments: $($t.GenericTypeArguments.FullName) / $($t.GetGenericArguments().Name)"
[System.Collections.Generic.Dictionary[string, int]].GetGenericArguments().Name -join ','
[System.Collections.Generic.Dictionary[string, int]].ToString()
"equal to itself: $($t -eq [System.Collections.Generic.List[int]]) to List[string]: $($t -eq [System.Collections.Generic.List[string]])"
"is a type: $($t -is [type]) its type: $($t.GetType().FullName)"

$def = $t.GetGenericTypeDefinition()
"definition: $($def.FullName) definition=$($def.IsGenericTypeDefinition) constructed=$($def.IsConstructedGenericType) arguments=$($def.GenericTypeArguments.Count)"
"same as the backtick name: $($def -eq [System.Collections.Generic.List`1])"
$made = $def.MakeGenericType([string])
"made: $($made.ToString()) equal to literal: $($made -eq [System.Collections.Generic.List[string]])"
$pair = [System.Collections.Generic.Dictionary`2].MakeGenericType([string], [int])
"made with two: $($pair.ToString())"

$list = $made::new()
$list.Add(5)
"new through a variable converts to T: $($list[0].GetType().Name) $($list.GetType().ToString())"
$ints = [System.Collections.Generic.List[int]]::new()
"GetType of a List[int]: $($ints.GetType() -eq $t) $($ints.GetType().Name)"
$converted = @(1, '2') -as $t
"-as a constructed type: $($converted.GetType().ToString()) $($converted[1].GetType().Name)"
[System.Collections.Generic.HashSet[string]]::new().GetType().ToString()

try { $t.MakeGenericType([int]) } catch { $_.Exception.Message }
try { $def.MakeGenericType([int], [string]); 'made' } catch { "arity: $($_.Exception.Message -like '*arity of the generic type definition*')" }
try { [int].GetGenericTypeDefinition() } catch { $_.Exception.Message }
