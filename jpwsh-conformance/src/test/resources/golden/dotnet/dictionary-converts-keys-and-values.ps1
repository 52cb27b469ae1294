# A Dictionary[K,V] converts keys and values to K and V as they come in (the indexer, Add), and keys looked up (ContainsKey, the indexer, Remove); a value that cannot convert is the MethodException naming Add's parameter
using namespace System.Collections.Generic
$d = [Dictionary[string,int]]::new()
$d['a'] = '5'
$d['a'].GetType().Name
$d.Add(7, '8')
$d.Keys | ForEach-Object { "$_ $($_.GetType().Name)" }
$d.Values | ForEach-Object { "$_ $($_.GetType().Name)" }
$d.ContainsKey(7)
$d[7]
try { $d.Add('x', 'notanumber') } catch { $_.Exception.GetType().Name + ': ' + $_.Exception.Message }
$d.Count
$byNumber = [Dictionary[int,string]]::new()
$byNumber['42'] = 1.5
$byNumber.Keys[0].GetType().Name, $byNumber[42], $byNumber[42].GetType().Name
$null = $byNumber.Remove('42')
$byNumber.Count
