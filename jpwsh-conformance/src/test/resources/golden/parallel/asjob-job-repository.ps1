# The PSTaskJob is listed by Get-Job with Id and Name, its children take the next Ids, and Remove-Job drops it
#! process: own
$j = 1..2 | ForEach-Object -Parallel { $_ } -AsJob
"$($j.Id) $($j.Name) $(($j.ChildJobs | ForEach-Object { "$($_.Id)/$($_.Name)" }) -join ' ')"
$null = $j | Wait-Job
(Get-Job | ForEach-Object { "$($_.Id):$($_.PSJobTypeName):$($_.State)" }) -join ','
(Receive-Job -Id $j.Id | Sort-Object) -join ','
Remove-Job -Id $j.Id
@(Get-Job).Count
