# Reading a property that does not exist gives $null when strict mode is off.
$o = [pscustomobject]@{ A = 1 }
$null -eq $o.Missing
$null -eq 'abc'.NoSuch
"[$($o.Missing)]"
