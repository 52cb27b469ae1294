# Assigning to a read-only variable fails with VariableNotWritable.
Set-Variable -Name fixed -Value 1 -Option ReadOnly
try { $fixed = 2 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$fixed
