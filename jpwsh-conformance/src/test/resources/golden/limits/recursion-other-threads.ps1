# Runaway recursion in a runspace, a thread job and -Parallel tasks (virtual threads) ends in the call depth overflow there; the process and the caller go on.
$ps = [powershell]::Create().AddScript('function Enter-Deeper { Enter-Deeper }; Enter-Deeper')
try { $ps.Invoke() } catch { "Invoke: $($_.Exception.InnerException.GetType().FullName)" }
"state: $($ps.InvocationStateInfo.State), $($ps.InvocationStateInfo.Reason.GetType().Name)"
$ps.Dispose()
$job = Start-ThreadJob { function Enter-Deeper { Enter-Deeper }; try { Enter-Deeper } catch { "job: $($_.FullyQualifiedErrorId)" } }
$job | Wait-Job | Receive-Job
$job | Remove-Job
1..2 | ForEach-Object -Parallel {
    function Enter-Deeper { Enter-Deeper }
    try { Enter-Deeper } catch { "task: $($_.FullyQualifiedErrorId)" }
}
'after'
