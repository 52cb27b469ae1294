# -band, -bor, -bxor and -bnot work on a flags enum (ScopedItemOptions) and give that enum back
$options = [System.Management.Automation.ScopedItemOptions]'ReadOnly, AllScope'
$readOnly = [System.Management.Automation.ScopedItemOptions]::ReadOnly
$and = $options -band $readOnly
"$and $($and.GetType().Name)"
($options -band [System.Management.Automation.ScopedItemOptions]::Private) -eq 0
($options -band $readOnly) -ne 0
$options -bor [System.Management.Automation.ScopedItemOptions]::Private
$options -bxor $readOnly
-bnot $readOnly
[int]$options
$options -band 8
Set-Variable flagged 1 -Option ReadOnly
((Get-Variable flagged).Options -band $readOnly) -eq $readOnly
