# ConvertFrom-Json -AsHashtable gives hashtables that keep document order and key case, and allows empty and case-differing keys
$h = '{"b": 1, "a": {"y": 2, "x": 3}, "B": 4, "": 5}' | ConvertFrom-Json -AsHashtable
$h -is [hashtable]
$h.Keys -join ','
$h['b']; $h['B']; $h['']
$h.a -is [hashtable]
$h.a.Keys -join ','
'--- arrays hold hashtables too'
$list = '[{"k": 1}, [{"k": 2}]]' | ConvertFrom-Json -AsHashtable -NoEnumerate
$list[0] -is [hashtable]
$list[1][0].k
'--- without -AsHashtable case-differing and empty keys fail'
try { '{"key": 1, "KEY": 2}' | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }
try { '{"": 1}' | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
