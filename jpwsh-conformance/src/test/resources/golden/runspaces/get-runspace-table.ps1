# Get-Runspace lists undisposed runspaces by Id in the Runspace table view; the script's own is Id 1 and Busy.
#! process: own
$worker = [runspacefactory]::CreateRunspace()
$worker.Name = 'worker'
$opened = [runspacefactory]::CreateRunspace()
$opened.Open()
Get-Runspace
$opened.Dispose()
$worker.Dispose()
