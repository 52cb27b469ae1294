# Thread jobs have Job2's StopJob(force, reason), StopJobAsync(), StartJobAsync() (starting a job the throttle holds back) and Get-Job -Command
#! process: own
function Wait-Running($job) {
    $deadline = [datetime]::Now.AddSeconds(8)
    while ($job.JobStateInfo.State -ne 'Running' -and [datetime]::Now -lt $deadline) { Start-Sleep -Milliseconds 20 }
}
$job = Start-ThreadJob -ScriptBlock { Start-Sleep -Seconds 60 } -ThrottleLimit 5
Wait-Running $job
$job.StopJob($true, 'No Reason')
"StopJob: $($job.JobStateInfo.State)"
$job = Start-ThreadJob -ScriptBlock { Start-Sleep -Seconds 60 }
Wait-Running $job
$job.StopJobAsync($true, 'No Reason')
$null = Wait-Job $job
"StopJobAsync: $($job.JobStateInfo.State)"
$job = Start-ThreadJob -ScriptBlock { Start-Sleep -Seconds 60 }
Wait-Running $job
$job.StopJobAsync()
$null = Wait-Job $job
"StopJobAsync(): $($job.JobStateInfo.State)"
$running = Start-ThreadJob -ScriptBlock { Start-Sleep -Seconds 60 } -ThrottleLimit 1
$waiting = Start-ThreadJob -ScriptBlock { Start-Sleep -Seconds 60 }
"held back: $($waiting.JobStateInfo.State)"
$waiting.StartJobAsync()
Wait-Running $waiting
"after StartJobAsync: $($waiting.JobStateInfo.State)"
$running.StopJob()
$waiting.StopJob()
$hello = Start-ThreadJob -ScriptBlock { "Hello" } -ThrottleLimit 5 | Wait-Job
"by text: $((Get-Job -Command ' "hello" ').Id -eq $hello.Id)"
"by pattern: $((Get-Job -Command '*HELLO*').Id -eq $hello.Id)"
"no match: $(@(Get-Job -Command 'nothing like it').Count)"
Get-Job | Remove-Job -Force
