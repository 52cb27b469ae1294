# The history cmdlets: Add-History from HistoryInfo-shaped objects, Get-History by count and id, Invoke-History by id and prefix, Clear-History, and their errors
$t = [datetime]'2024-01-02 03:04:05'
Get-History | Measure-Object | % Count
try { Invoke-History } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$e = [pscustomobject]@{ CommandLine = '1 + 1'; ExecutionStatus = 'Completed'; StartExecutionTime = $t; EndExecutionTime = $t.AddSeconds(2) }
$a = $e | Add-History -Passthru
"$($a.Id) $($a.CommandLine) $($a.ExecutionStatus) $($a.Duration.TotalSeconds) $($a.GetType().FullName)"
Add-History -InputObject $e, $e
[pscustomobject]@{ CommandLine = '"x" * 3'; ExecutionStatus = 'Completed'; StartExecutionTime = $t; EndExecutionTime = $t } | Add-History
(Get-History | % { "$($_.Id):$_" }) -join ' '
(h -Count 2 | % Id) -join ','
(history -Id 3 -Count 2 | % Id) -join ','
(ghy 2).CommandLine
Get-History -Id 9 -ErrorAction SilentlyContinue -ErrorVariable ev; $ev[0].FullyQualifiedErrorId; "$($ev[0])"
try { Get-History -Id 1,2 -Count 1 } catch { $_.FullyQualifiedErrorId }
Invoke-History 2
r '"x'
ihy
Add-History -InputObject ([pscustomobject]@{ CommandLine = 'x' }) -ErrorAction SilentlyContinue -ErrorVariable ev2; $ev2[0].FullyQualifiedErrorId; $ev2[0].CategoryInfo.Category
try { Invoke-History 99 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Invoke-History 'nothing' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Get-History | Add-History
(Get-History | % Id) -join ','
Clear-History -Id 2
(Get-History | % Id) -join ','
Clear-History -Count 2
(Get-History | % Id) -join ','
Clear-History -Count 1 -Newest
(Get-History | % Id) -join ','
Clear-History -CommandLine '1 +*'
(Get-History | % CommandLine) -join ','
clhy
(Get-History | Measure-Object).Count
try { Get-History -Count -1 } catch { $_.FullyQualifiedErrorId }
try { Invoke-History -Id -1 } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.GetType().FullName }
Add-History -InputObject ([pscustomobject]@{ CommandLine = 'Write-Output again'; ExecutionStatus = 'Completed'; StartExecutionTime = $t; EndExecutionTime = $t })
Invoke-History -Id 9
