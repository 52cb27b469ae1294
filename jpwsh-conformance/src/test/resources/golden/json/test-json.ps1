# Test-Json checks that text is JSON as strictly as pwsh: comments and trailing commas only with -Options; errors are InvalidJson
Test-Json -Json '{"a": [1, 2, {"b": null}]}'
Test-Json -Json '42'
Test-Json -Json '"text"'
'[1, 2]' | Test-Json
'--- malformed'
Test-Json -Json '{"a": 1' -ErrorVariable err -ErrorAction SilentlyContinue
$err[0].FullyQualifiedErrorId
$err[0].CategoryInfo.Category
$err[0].Exception.Message
Test-Json -Json "{'single': 1}" -ErrorAction SilentlyContinue
Test-Json -Json '{"a": 1} extra' -ErrorAction SilentlyContinue
'--- options'
$commented = "{`n  // note`n  `"a`": 1`n}"
Test-Json -Json $commented -ErrorAction SilentlyContinue
Test-Json -Json $commented -Options IgnoreComments
Test-Json -Json '[1, 2,]' -ErrorAction SilentlyContinue
Test-Json -Json '[1, 2,]' -Options AllowTrailingCommas
Test-Json -Json "[1, /* c */ 2,]" -Options IgnoreComments, AllowTrailingCommas
'--- an error shows as pwsh shows it'
Test-Json -Json 'nope' 2>&1 | ForEach-Object { "$_" }
