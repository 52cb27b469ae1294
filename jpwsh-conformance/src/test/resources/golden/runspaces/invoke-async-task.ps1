# PowerShell.InvokeAsync() returns a Task (pwsh 7's API): Result is the output collection, Wait() and GetAwaiter().GetResult() wait, IsCompleted, IsFaulted and Status report; a failure is an AggregateException from Wait() and the error itself from GetResult(); [Task]::Delay, WaitAll, WhenAll and FromResult work with it
$ps = [PowerShell]::Create().AddScript('1 + 1')
$t = $ps.InvokeAsync()
$t.GetType().Name
$t -is [System.Threading.Tasks.Task]
$r = $t.Result
$r.GetType().Name
$r[0]
$t.IsCompleted, $t.IsFaulted, $t.Status
$slow = [PowerShell]::Create().AddScript('Start-Sleep -Milliseconds 100; "done"').InvokeAsync()
$slow.Wait()
$slow.GetAwaiter().GetResult()
$bad = [PowerShell]::Create().AddScript('throw "boom"').InvokeAsync()
try { $bad.Wait() } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
try { $bad.GetAwaiter().GetResult() } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
$bad.Status, $bad.IsFaulted, $bad.Exception.GetType().FullName
$a = [System.Threading.Tasks.Task]::Delay(30)
$b = [System.Threading.Tasks.Task]::Delay(10)
[System.Threading.Tasks.Task]::WaitAll($a, $b)
$a.IsCompleted, $b.IsCompleted, $a.Status
[System.Threading.Tasks.Task]::WhenAll(@($a, $b)).Wait()
[System.Threading.Tasks.Task]::Delay(0).Wait(1000)
[System.Threading.Tasks.Task]::FromResult(5).Result
