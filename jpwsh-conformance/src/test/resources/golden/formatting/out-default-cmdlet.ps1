# Out-Default as a command prints its input formatted at once; with -Transcript nothing is shown; it outputs nothing itself.
$r = [pscustomobject]@{ A = 1 } | Out-Default
$null -eq $r
'x' | Out-Default -Transcript
'done'
