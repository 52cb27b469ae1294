# Get-Verb lists pwsh's approved verbs with alias prefix, group and description; -Verb takes wildcards, -Group a set of group names
$all = Get-Verb
$all.Count
$all[0].GetType().FullName
$all[0].Verb + '|' + $all[0].AliasPrefix + '|' + $all[0].Group + '|' + $all[0].Description
($all | Group-Object Group | ForEach-Object { $_.Name + '=' + $_.Count }) -join ' '
$g = Get-Verb -Verb Get
$g.AliasPrefix + ' ' + $g.Group + ' ' + $g.Description
(Get-Verb -Verb Re*).Verb -join ','
(Get-Verb -Group Security).Verb -join ','
(Get-Verb Set, Test).Verb -join ','
(Get-Verb -Verb S* -Group Lifecycle, Data).Verb -join ','
(Get-Verb -Verb NoSuchVerb).Count
try { Get-Verb -Group Nope } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
