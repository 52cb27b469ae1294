# Get-Runspace binds a positional argument by its type (an int to -Id, a guid to -InstanceId, text to -Name); -Name with -Id is an AmbiguousParameterSet error.
#! process: own
$worker = [runspacefactory]::CreateRunspace()
$worker.Name = 'worker'
"by id: $((Get-Runspace 2).Name)"
"by instance id: $((Get-Runspace $worker.InstanceId).Name)"
"by name: $((Get-Runspace 'work*').Id)"
"text 2 is a name: $(@(Get-Runspace '2').Count)"
try { Get-Runspace -Name worker -Id 2 } catch { "named: $(($_.FullyQualifiedErrorId -split ',')[0])" }
try { Get-Runspace worker -Id 2 } catch { "positional: $(($_.FullyQualifiedErrorId -split ',')[0])" }
$worker.Dispose()
