# A runspace's InstanceId is a [guid]: it equals the same guid parsed from text, and -InstanceId finds the runspace by it.
#! process: own
$worker = [runspacefactory]::CreateRunspace()
$worker.Name = 'worker'
$text = $worker.InstanceId.ToString()
$worker.InstanceId.GetType().FullName
$worker.InstanceId -eq [guid]$text
(Get-Runspace -InstanceId $worker.InstanceId).Name
(Get-Runspace -InstanceId $text).Name
$ps = [powershell]::Create()
$ps.InstanceId.GetType().FullName
$ps.Dispose()
$worker.Dispose()
