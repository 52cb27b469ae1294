# Out-Host writes its input to the host formatted as Out-Default shows it and nothing to the pipeline; -Paging is accepted
$r = 1, 'two' | Out-Host
$null -eq $r
[pscustomobject]@{ A = 1; B = 'x' }, [pscustomobject]@{ A = 2; B = 'y' } | Out-Host
Out-Host -InputObject 'direct'
@{ k = 'v' } | oh -Paging
$x = Get-Date 2024-01-01 | Select-Object Year | Out-Host
'after'
