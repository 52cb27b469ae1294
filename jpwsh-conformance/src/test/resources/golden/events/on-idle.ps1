# PowerShell.OnIdle fires again and again while a runspace stays idle, and no more once its subscription has ended.
$rs = [runspacefactory]::CreateRunspace()
$rs.Open()
$ps = [powershell]::Create()
$ps.Runspace = $rs
$job = $ps.AddScript({ Register-EngineEvent -SourceIdentifier PowerShell.OnIdle -Action { 'idle' } }).Invoke()[0]
$deadline = [datetime]::Now.AddSeconds(8)
while ($job.Output.Count -lt 2 -and [datetime]::Now -lt $deadline) { Start-Sleep -Milliseconds 50 }
"fired twice: $($job.Output.Count -ge 2)"
Stop-Job $job
$count = $job.Output.Count
Start-Sleep -Milliseconds 1000
"stopped: $($job.State) no more: $($job.Output.Count -eq $count)"
$ps.Dispose()
$rs.Dispose()
