# Dispose takes a runspace out of Get-Runspace's list at once; Close alone does not.
#! process: own
$made = 1..3 | ForEach-Object { [runspacefactory]::CreateRunspace() }
@(Get-Runspace).Count
$made[0].Open()
$made[0].Close()
$made[1].Dispose()
@(Get-Runspace).Count
(Get-Runspace).Id -join ', '
(Get-Runspace -Id 2).RunspaceStateInfo.State
$made | ForEach-Object { $_.Dispose() }
@(Get-Runspace).Count
