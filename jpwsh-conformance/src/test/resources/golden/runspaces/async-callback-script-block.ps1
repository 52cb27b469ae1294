# A script block passed as BeginInvoke's AsyncCallback. pwsh calls it on a thread-pool thread, where a script
# block has no runspace (ScriptBlockDelegateInvokedFromWrongThread, which ends the process). jpwsh runs it on
# the runspace that made it, in the scope it was made in: at that runspace's next statement, or when it is idle.
$seen = [System.Collections.Generic.List[string]]::new()
$where = 'the calling script'

$ps = [powershell]::Create().AddScript('Start-Sleep -Milliseconds 100; "result"')
$handle = $ps.BeginInvoke($null, $null, $null, {
    param($ar)
    $seen.Add("callback in $where; completed: $($ar.IsCompleted); state: $($ar.AsyncState)")
}, 'my state')
while ($seen.Count -eq 0) { Start-Sleep -Milliseconds 20 }
$seen[0]
"output: $($ps.EndInvoke($handle))"

# While the script waits in Wait-Event the runspace is idle enough for the callback to run.
$quick = [powershell]::Create().AddScript('"x"')
$h2 = $quick.BeginInvoke($null, $null, $null, [System.AsyncCallback] { param($ar) Write-Host 'idle callback ran' }, $null)
Wait-Event -Timeout 1
"output: $($quick.EndInvoke($h2))"

# A callback that fails reports its error in the runspace it belongs to; nothing else is affected.
$failing = [powershell]::Create().AddScript('"y"')
$h3 = $failing.BeginInvoke($null, $null, $null, { param($ar) throw 'callback failed' }, $null)
Wait-Event -Timeout 1
"output: $($failing.EndInvoke($h3)); errors: $($Error.Count); last: $($Error[0])"

# The pool's BeginOpen callback works the same way.
$pool = [runspacefactory]::CreateRunspacePool(1, 2)
$opened = $pool.BeginOpen({ param($ar) $seen.Add("pool callback: $($pool.RunspacePoolStateInfo.State)") }, $null)
Wait-Event -Timeout 1
$pool.EndOpen($opened)
$seen[1]
$pool.Dispose(); $ps.Dispose(); $quick.Dispose(); $failing.Dispose()
