# A pscustomobject converts to the @{Name=Value; ...} form in strings and with Write-Host.
$o = [pscustomobject]@{ A = 1; B = 'two' }
"$o"
Write-Host $o
[string]$o
