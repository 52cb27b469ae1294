# A failed -match leaves $Matches as it was.
'key=value' -match '=(\w+)' | Out-Null
'nothing here' -match '\d'
$Matches[1]
