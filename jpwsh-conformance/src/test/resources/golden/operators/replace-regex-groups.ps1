# -replace substitutes $1-style numbered groups and ${name} named groups; single quotes keep $ away from PowerShell.
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'2024-03-05' -replace '(?<y>\d+)-(?<m>\d+)-(?<d>\d+)', '${d}/${m}/${y}'
'9.99' -replace '(.+)', '$$$1'
'9.99' -replace '(.+)', '$$1'
