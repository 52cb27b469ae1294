# ConvertFrom-Json -AsHashtable gives System.Management.Automation.OrderedHashtable (7.3+): a hashtable in document order whose keys compare with case, nested objects too
$h = '{"zeta": 1, "alpha": {"y": 2, "x": 3}, "Zeta": 4, "mid": [ {"k": 1} ]}' | ConvertFrom-Json -AsHashtable
$h.GetType().FullName
$h -is [hashtable]
$h -is [System.Collections.IDictionary]
$h.Keys -join ','
$h.alpha.GetType().FullName
$h.alpha.Keys -join ','
$h.mid[0].GetType().Name
$h['zeta'], $h['Zeta'] -join '/'
$h.ContainsKey('ZETA')
$h['added'] = 5
$h.Keys -join ','
[System.Management.Automation.OrderedHashtable]::new().GetType().FullName
