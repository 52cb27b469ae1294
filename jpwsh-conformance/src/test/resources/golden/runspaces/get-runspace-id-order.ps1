# Get-Runspace -Id returns runspaces in argument order and skips unknown ids without an error.
#! process: own
$a = [runspacefactory]::CreateRunspace()
$b = [runspacefactory]::CreateRunspace()
(Get-Runspace -Id 3, 42, 1, 2).Id -join ', '
@(Get-Runspace -Id 42).Count
(Get-Runspace -Id 2, 2).Count
(Get-Runspace).Id -join ', '
(Get-Runspace -InstanceId $b.InstanceId, $a.InstanceId).Id -join ', '
