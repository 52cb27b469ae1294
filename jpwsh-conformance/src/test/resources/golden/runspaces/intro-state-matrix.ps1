# Seed 000 (Runspace Introduction, state matrix): a local runspace goes BeforeOpen, Opened, Closed and cannot be reopened or disconnected
$runspace = [runspacefactory]::CreateRunspace()
"created: $($runspace.RunspaceStateInfo.State) / $($runspace.RunspaceAvailability)"
$runspace.Open()
"after Open(): $($runspace.RunspaceStateInfo.State) / $($runspace.RunspaceAvailability)"
# Disconnect() and Connect() in the matrix belong to remote runspaces; a local one refuses both.
foreach ($call in { $runspace.Disconnect() }, { $runspace.Connect() }) {
    try {
        & $call
    } catch {
        "$($_.Exception.InnerException.GetType().Name): $($_.Exception.InnerException.Message)"
    }
}
$runspace.Close()
"after Close(): $($runspace.RunspaceStateInfo.State) / $($runspace.RunspaceAvailability)"
# The seed's matrix shows Closed -> BeforeOpen through Open(); in PowerShell 7 a runspace object is single-use.
try {
    $runspace.Open()
} catch {
    $_.Exception.Message
    "inner: $($_.Exception.InnerException.GetType().FullName)"
}
$runspace.Dispose()
"after Dispose(): $($runspace.RunspaceStateInfo.State)"
[enum]::GetNames([System.Management.Automation.Runspaces.RunspaceState]) -join ', '
