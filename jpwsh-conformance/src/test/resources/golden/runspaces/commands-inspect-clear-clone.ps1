# PowerShell.Commands: the Command objects it holds, Clear, and Clone reused by another PowerShell.
$ps = [powershell]::Create().AddScript('"from script"').AddStatement().
    AddCommand('Write-Output').AddParameter('InputObject', 'from command').AddCommand('ForEach-Object').AddArgument({ $_.ToUpper() })
foreach ($c in $ps.Commands.Commands) {
    $parameters = ($c.Parameters | ForEach-Object { if ($_.Name) { "-$($_.Name) $($_.Value)" } else { "arg: $($_.Value)" } }) -join '; '
    '{0} | script {1} | local {2} | ends statement {3} | {4}' -f $c.CommandText, $c.IsScript, $c.UseLocalScope, $c.IsEndOfStatement, $parameters
}
$saved = $ps.Commands.Clone()
$ps.Invoke()

$ps.Commands.Clear()
"after Clear: $($ps.Commands.Commands.Count) commands"
try { $ps.Invoke() } catch { $_.Exception.InnerException.Message }

$other = [powershell]::Create()
$other.Commands = $saved
$other.Invoke()
$ps.Dispose(); $other.Dispose()
