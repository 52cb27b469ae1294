# Set-, New-, Remove- and Clear-Variable without -Name fail with MissingMandatoryParameter (found by the fuzz test as a
# Java null dereference for 1..3 | Set-Variable).
foreach ($command in 'Set-Variable', 'New-Variable', 'Remove-Variable', 'Clear-Variable') {
    try { 1..3 | & $command } catch { $_.FullyQualifiedErrorId }
}
