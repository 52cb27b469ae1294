# Assigning to $true, $false, $? or $ExecutionContext, with or without a type, parses and fails when it runs with VariableNotWritable, leaving the value alone
foreach ($sb in { $? = 1 }, { [datetime]$? = 1 }, { $true = 'Hello' }, { [int]$false = 2 }, { $ExecutionContext = 1 }) {
    try { & $sb; 'no error' } catch { '{0}: {1} ({2})' -f $_.FullyQualifiedErrorId, $_.Exception.Message, $_.CategoryInfo.Category }
}
$true
$false
