# pwsh 7 builds Suspend-Job and Resume-Job (and their aliases sujb, rujb) only for Windows PowerShell, so on a Start-Job job neither exists: calling them is CommandNotFound and the job runs on
@(Get-Command Suspend-Job, Resume-Job -ErrorAction SilentlyContinue).Count
@(Get-Alias sujb, rujb -ErrorAction SilentlyContinue).Count
$j = Start-Job { Start-Sleep -Milliseconds 300; 'done' }
try { Suspend-Job $j } catch { $_.FullyQualifiedErrorId }
$j | Receive-Job -Wait -AutoRemoveJob
