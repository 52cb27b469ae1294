# Start-Job runs its script in another jpwsh process: the job and its one child job, their ids, names, types and states, arguments, and deserialized output
#! timeout: 40
$j = Start-Job -Name work { param($a, $b) "$a+$b"; $PID } -ArgumentList 2, 3
$j.GetType().FullName
$j.PSJobTypeName
$j.Name
$j.Location
$j.ChildJobs.Count
$j.ChildJobs[0].Id -eq $j.Id + 1
$j.ChildJobs[0].Name -eq "Job$($j.Id + 1)"
$j.ChildJobs[0].GetType().FullName
$r = Receive-Job $j -Wait
$r[0]
$r[1] -is [int]
$r[1] -ne $PID
$r[0].PSComputerName
$j.State
$j.ChildJobs[0].State
$j.HasMoreData
$j.ChildJobs[0].HasMoreData
(Get-Job -Name work).Id -eq $j.Id
Remove-Job $j
@(Get-Job -Name work -ErrorAction SilentlyContinue).Count
$k = Start-Job { 'unnamed' }
$k.Name -eq "Job$($k.Id)"
$k | Wait-Job | Receive-Job -Keep
$k.HasMoreData
$k | Receive-Job
$k.HasMoreData
$k | Remove-Job
$m = Start-Job { 1 }
$m -is [System.Management.Automation.Job]
$m | Remove-Job -Force
