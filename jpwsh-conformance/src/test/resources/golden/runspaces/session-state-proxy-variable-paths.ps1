# SessionStateProxy.SetVariable/GetVariable take variable paths as an assignment in the global scope does: scope
# and drive prefixes (global:, env:) are honoured, and ReadOnly variables are refused (VariableNotWritable).
$iss = [initialsessionstate]::CreateDefault()
$iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('fixed', 1, '', 'ReadOnly'))
$rs = [runspacefactory]::CreateRunspace($iss); $rs.Open()
$p = $rs.SessionStateProxy
$p.SetVariable('global:g', 'global value')
$p.SetVariable('env:JPWSH_PROXY_GOLDEN', 'env value')
$p.SetVariable('plain', @(1, 2))
try { $p.SetVariable('fixed', 2) } catch { "fixed: $($_.Exception.InnerException.Message)" }
try { $p.SetVariable('?', 2) } catch { "?: $($_.Exception.InnerException.Message)" }
[powershell]::Create($rs).AddScript('"g=$g env=$env:JPWSH_PROXY_GOLDEN plain=$($plain.Count) fixed=$fixed"').Invoke()
"get: $($p.GetVariable('g')) / $($p.GetVariable('global:g')) / $($p.GetVariable('env:JPWSH_PROXY_GOLDEN')) / [$($p.GetVariable('missing'))]"
$rs.Dispose()
