# A successful -match on a string fills $Matches with the whole match under key 0 and each group.
'abc123def' -match '(\d)(\d+)'
$Matches[0]
$Matches[1]
$Matches[2]
$Matches.Count
