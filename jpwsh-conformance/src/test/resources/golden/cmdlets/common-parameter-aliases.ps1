# Every common parameter alias works on cmdlets and advanced functions (-ea, -ev, -ov, -pv, -wa, -iv, -vb), and an action preference may be given by its number (-ErrorAction 0 is SilentlyContinue).
Get-Item /no/such/path -ea 0 -ev failures
"errors collected: $($failures.Count)"
Get-Item /no/such/path -ErrorAction SilentlyContinue -ErrorVariable +failures
"errors collected: $($failures.Count)"
1, 2 | Write-Output -ov seen | Out-Null
"seen: $seen"
function Test-Warn { [CmdletBinding()] param() Write-Warning 'careful'; Write-Information 'note'; 'done' }
Test-Warn -wa 0 -wv warnings -iv notes
"warnings: $warnings; notes: $notes"
