# Seed 000 (Runspace Introduction, "Création d'un runspace"): a new runspace is named Runspace<Id>, takes a new name, and opens
$runspace = [runspacefactory]::CreateRunspace()
$runspace.GetType().FullName
"default name is Runspace + Id: $($runspace.Name -eq "Runspace$($runspace.Id)")"
"state: $($runspace.RunspaceStateInfo.State), availability: $($runspace.RunspaceAvailability)"
$runspace.Name = "NewName"
"name: $($runspace.Name)"
$runspace.Open()
"state: $($runspace.RunspaceStateInfo.State), availability: $($runspace.RunspaceAvailability)"
$other = [runspacefactory]::CreateRunspace()
"next runspace takes a later Id: $($other.Id -gt $runspace.Id)"
$other.Dispose()
$runspace.Dispose()
