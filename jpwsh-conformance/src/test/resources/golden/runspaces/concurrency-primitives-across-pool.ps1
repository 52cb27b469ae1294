# The synchronisation types runspace scripts share between pool members: ConcurrentDictionary with
# script-block factories (AddOrUpdate, GetOrAdd), a named Mutex and a SemaphoreSlim that caps concurrency.
$counts = [System.Collections.Concurrent.ConcurrentDictionary[string, int]]::new()
$gate = [System.Threading.SemaphoreSlim]::new(2, 2)
$peak = [hashtable]::Synchronized(@{ Now = 0; Max = 0 })

$pool = [runspacefactory]::CreateRunspacePool(1, 6)
$pool.Open()
$work = foreach ($i in 1..12) {
    $ps = [powershell]::Create().AddScript({
        param($i, $counts, $gate, $peak)
        $bucket = if ($i % 2) { 'odd' } else { 'even' }
        $null = $counts.AddOrUpdate($bucket, 1, { param($key, $old) $old + 1 })
        $null = $counts.GetOrAdd('first-seen', [Func[string, int]] { param($key) 100 })
        $gate.Wait()
        try {
            $mutex = [System.Threading.Mutex]::new($false, 'jpwsh-golden-peak')
            $null = $mutex.WaitOne()
            $peak.Now++
            if ($peak.Now -gt $peak.Max) { $peak.Max = $peak.Now }
            $mutex.ReleaseMutex()
            Start-Sleep -Milliseconds 20
            $null = $mutex.WaitOne()
            $peak.Now--
            $mutex.ReleaseMutex()
        } finally {
            $null = $gate.Release()
        }
    }).AddArgument($i).AddArgument($counts).AddArgument($gate).AddArgument($peak)
    $ps.RunspacePool = $pool
    [pscustomobject]@{ Shell = $ps; Handle = $ps.BeginInvoke() }
}
foreach ($w in $work) { $null = $w.Shell.EndInvoke($w.Handle); $w.Shell.Dispose() }
$pool.Dispose()

"odd: $($counts['odd']), even: $($counts['even']), first-seen: $($counts['first-seen'])"
"at most two at once: $($peak.Max -le 2); none left inside: $($peak.Now -eq 0)"
"slots free again: $($gate.CurrentCount)"
"a slot within 10 ms: $($gate.Wait(10)); then $($gate.Wait(10)); then $($gate.Wait(10))"
