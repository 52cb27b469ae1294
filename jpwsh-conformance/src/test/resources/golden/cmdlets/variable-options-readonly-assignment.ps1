# A read-only variable refuses assignment and removal without -Force; its options read back as flags.
New-Variable -Name limit -Value 10 -Option ReadOnly
try { $limit = 11 } catch { $_.FullyQualifiedErrorId }
Remove-Variable -Name limit -ErrorAction SilentlyContinue
$limit
Set-Variable -Name limit -Option 'ReadOnly, AllScope' -Value 12 -Force
(Get-Variable -Name limit).Options
Remove-Variable -Name limit -Force
$null -eq (Get-Variable -Name limit -ErrorAction SilentlyContinue)
