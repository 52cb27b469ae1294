# Runaway recursion in a runspace, a thread job and -Parallel tasks (virtual threads) ends in the call depth overflow there; the process and the caller go on.
$ps = [powershell]::Create().AddScript('function Enter-Deeper { Enter-Deeper }; Enter-Deeper; "went on"')
$ps.Invoke()
"state: $($ps.InvocationStateInfo.State), had errors: $($ps.HadErrors), $($ps.Streams.Error[0].FullyQualifiedErrorId)"
$ps.Dispose()
$job = Start-ThreadJob { function Enter-Deeper { Enter-Deeper }; try { Enter-Deeper } catch { "job: $($_.FullyQualifiedErrorId)" } }
$job | Wait-Job | Receive-Job
$job | Remove-Job
1..2 | ForEach-Object -Parallel {
    function Enter-Deeper { Enter-Deeper }
    try { Enter-Deeper } catch { "task: $($_.FullyQualifiedErrorId)" }
}
'after'
