# Get-Runspace -Name takes wildcards in any case, pattern after pattern: a runspace two patterns match comes twice.
#! process: own
$a = [runspacefactory]::CreateRunspace()
$a.Name = 'alpha'
$b = [runspacefactory]::CreateRunspace()
$b.Name = 'Beta'
(Get-Runspace -Name b*, *A, nothing*).Name -join ', '
(Get-Runspace RUNSPACE1).Id
@(Get-Runspace -Name nothing).Count
(Get-Runspace -Name 'r*c?1').Name
