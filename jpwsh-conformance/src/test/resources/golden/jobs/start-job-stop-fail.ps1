# Start-Job: Stop-Job stops the child job and its process, a terminating error fails the child job with its Reason, and a killed child process fails the job
#! timeout: 40
$j = Start-Job { 'before'; Start-Sleep -Seconds 60; 'after' }
while ($j.ChildJobs[0].Output.Count -eq 0) { Start-Sleep -Milliseconds 20 }
Stop-Job $j
$j.State
$j.ChildJobs[0].State
Receive-Job $j
$f = Start-Job { 'partial'; throw 'boom' }
$null = Wait-Job $f
$f.State
$f.ChildJobs[0].State
$f.ChildJobs[0].JobStateInfo.Reason.Message
$null -eq $f.JobStateInfo.Reason
$k = Start-Job { $PID; Start-Sleep -Seconds 60 }
while ($k.ChildJobs[0].Output.Count -eq 0) { Start-Sleep -Milliseconds 20 }
Stop-Process -Id $k.ChildJobs[0].Output[0] -Force
$null = Wait-Job $k -Timeout 10
$k.State
$k.ChildJobs[0].JobStateInfo.Reason.Message -like 'The background process closed or ended abnormally*'
Get-Job | Remove-Job -Force
