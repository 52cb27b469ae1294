# A generic type argument that is itself a constructed generic type keeps its own arguments: in GenericTypeArguments, FullName, ToString() and PowerShell's text, in instances' GetType() and ::new(), through a [type] variable, and in a Task`1's GetType()
using namespace System.Collections.Generic
$t = [Dictionary[string,List[int]]]
$inner = $t.GenericTypeArguments[1]
"$inner"
$inner.ToString()
$inner.FullName
$inner.Name, $inner.IsConstructedGenericType, $inner.GenericTypeArguments[0].FullName
"$t"
$t.ToString()
$t.FullName
$t.GetGenericArguments()[1].GetGenericArguments()[0].Name
$d = $t::new()
$d.GetType().ToString()
$d['a'] = [List[int]]::new()
$d['a'].Add('5')
$d['a'][0].GetType().Name
[List[List[string]]]::new().GetType().ToString()
[HashSet[List[int]]]::new().GetType().GenericTypeArguments[0].ToString()
[type]$saved = [List[int]]
"$saved"
$saved.ToString()
$saved::new().GetType().ToString()
$saved = [Dictionary[string,List[int]]]
$saved.GenericTypeArguments[1].ToString()
([type][List[List[string]]]).ToString()
[System.Threading.Tasks.Task]::FromResult(5).GetType().ToString()
[System.Threading.Tasks.Task]::FromResult('text').GetType().GenericTypeArguments[0].Name
$ps = [powershell]::Create().AddScript('1')
$task = $ps.InvokeAsync()
$task.GetType().ToString()
$task.Wait()
$ps.Dispose()
