# Seed 004 (RunSpaces In PowerShell, "Create RunSpace and PowerShell Instance and Reuse Them"): a second AddScript joins the first in one pipeline, and both invocations share the runspace
# Create a synchronized hashtable for inter-runspace communication
$SyncHash = [System.Collections.Hashtable]::Synchronized(@{})

# Create a new runspace
$GUIRunSpace = [System.Management.Automation.RunSpaces.RunSpaceFactory]::CreateRunSpace()
$GUIRunSpace.ApartmentState = 'STA'
$GUIRunSpace.ThreadOptions = 'ReuseThread'
"ApartmentState: $($GUIRunSpace.ApartmentState), ThreadOptions: $($GUIRunSpace.ThreadOptions)"

# Create a new PowerShell object
$GUIPowerShell = [System.Management.Automation.PowerShell]::Create()
# Assign the runspace to the PowerShell object's Runspace property
$GUIPowerShell.RunSpace = $GUIRunSpace
# Open the runspace
$GUIRunSpace.Open()

# Make the synchronized hashtable available in the runspace
$GUIRunSpace.SessionStateProxy.SetVariable('SyncHash', $SyncHash)

# Add a script to the PowerShell object so that it can run inside the runspace
[System.Void]$GUIPowerShell.AddScript({
        Write-Output -InputObject '1st output'
        $SyncHash.Runs = 1 + $SyncHash.Runs
    })

# Invoke the PowerShell object asynchronously and store the resulting handle in a variable
$GUIAsyncObject = $GUIPowerShell.BeginInvoke()

# End the asynchronous operation and display the output
$GUIPowerShell.EndInvoke($GUIAsyncObject)

# Add another script to the PowerShell object to run. It does not replace the first one: the two scripts form
# one pipeline (script1 | script2), and the second ignores the first one's output.
[System.Void]$GUIPowerShell.AddScript({
        Write-Output -InputObject '2nd output'
    })

# Again invoke the PowerShell object asynchronously and store the resulting handle in a variable
$GUIAsyncObject = $GUIPowerShell.BeginInvoke()

# End the asynchronous operation and display the output
$GUIPowerShell.EndInvoke($GUIAsyncObject)
"first script ran $($SyncHash.Runs) times"

# Close and dispose of the runspace and PowerShell object
$GUIPowerShell.Dispose()
"runspace after disposing the PowerShell: $($GUIRunSpace.RunspaceStateInfo.State)"
$GUIRunSpace.Close()
$GUIRunSpace.Dispose()
"runspace after Dispose(): $($GUIRunSpace.RunspaceStateInfo.State)"
