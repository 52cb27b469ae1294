# Seed 004 (RunSpaces In PowerShell, "Handle RunSpace Events Asynchronously"): an STA, ReuseThread runspace reports a caught error and the parent's $Host through a synchronized hashtable
# Creating a synchronized hashtable to store shared data between the two runspaces
$SyncedHashtable = [System.Collections.Hashtable]::Synchronized(@{})

# Assigning the parent runspace's host to the $SyncedHashtable.Host property.
$SyncedHashtable.Host = $Host

$RunSpace = [System.Management.Automation.RunSpaces.RunSpaceFactory]::CreateRunspace()
$RunSpace.ApartmentState = 'STA'
$RunSpace.ThreadOptions = 'ReuseThread'

$RunSpace.Open()
$RunSpace.SessionStateProxy.SetVariable('SyncedHashtable', $SyncedHashtable)

$PowerShell = [System.Management.Automation.PowerShell]::Create()
$PowerShell.Runspace = $RunSpace

# The WPF window and the engine events of the seed are left out; the seed's dummy error takes their place.
[System.Void]$PowerShell.AddScript({

        try {
            $SyncedHashtable.HostName = $SyncedHashtable.Host.Name
            $SyncedHashtable.OwnHostName = $Host.Name

            # Throw a dummy error to test the async error handling
            throw 'Test Error'
        }
        catch {
            $SyncedHashtable.ErrorMessage = $_.Exception.Message
        }
    })

# Start the GUI PowerShell instance asynchronously
$AsyncHandle = $PowerShell.BeginInvoke()
$Output = $PowerShell.EndInvoke($AsyncHandle)

Write-Host -Object "Errors Occurred: $($SyncedHashtable.errorMessage)"
"output objects: $($Output.Count), state: $($PowerShell.InvocationStateInfo.State)"
"the shared host is the parent's: $($SyncedHashtable.HostName -eq $Host.Name), the runspace's own host: $($SyncedHashtable.OwnHostName)"

$PowerShell.Dispose()
$RunSpace.Close()
$RunSpace.dispose()
