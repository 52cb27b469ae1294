# The script runs in runspace 1, named Runspace1, which Get-Runspace shows as Opened and Busy.
#! process: own
$self = Get-Runspace -Id 1
$self.Name
$self.RunspaceStateInfo.State
$self.RunspaceAvailability
[runspace]::DefaultRunspace.Id
[runspace]::DefaultRunspace.InstanceId -eq $self.InstanceId
