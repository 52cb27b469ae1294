# The Format- cmdlets write formatting objects (pwsh's FormatStartData ... FormatEndData), which Out-String and Out-Default render; each Format- command's output is a separate block.
(Format-Table -InputObject ([pscustomobject]@{ A = 1 }) | ForEach-Object { $_.GetType().Name }) -join ', '
(Format-List -InputObject ([pscustomobject]@{ A = 1 }) | Measure-Object).Count
[pscustomobject]@{ A = 1 } | Format-Table
[pscustomobject]@{ B = 2 } | Format-List
'end'
