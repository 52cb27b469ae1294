# Seed 004 "events between the GUI runspace and the parent": a child runspace raises Button1Clicked and WindowClosed on $SyncedHashtable.Host.Runspace.Events; the parent's Register-EngineEvent actions answer, clean up and dispose the child. WPF is replaced by a script that raises the same events; the seed runs at the prompt, so the variables its actions use are global here (an action sees the global scope, not a script's).
#! process: own
$before = (Get-Runspace).Count
$global:SyncedHashtable = [System.Collections.Hashtable]::Synchronized(@{})
$SyncedHashtable.Host = $Host
$global:RunSpace = [System.Management.Automation.RunSpaces.RunSpaceFactory]::CreateRunspace()
$RunSpace.ApartmentState = 'STA'
$RunSpace.ThreadOptions = 'ReuseThread'
$RunSpace.Open()
$RunSpace.SessionStateProxy.SetVariable('SyncedHashtable', $SyncedHashtable)
$PowerShell = [System.Management.Automation.PowerShell]::Create()
$PowerShell.Runspace = $RunSpace
[System.Void]$PowerShell.AddScript({
    try {
        $SyncedHashtable.Host.Runspace.Events.GenerateEvent('Button1Clicked', $null, 'Button Click Event', $null)
        Start-Sleep -Milliseconds 300
        $SyncedHashtable.Host.Runspace.Events.GenerateEvent('WindowClosed', $null, 'Sender', $null)
    }
    catch {
        $SyncedHashtable.ErrorMessage = $_.Exception.Message
        $SyncedHashtable.Host.Runspace.Events.GenerateEvent('ErrorsOccurred', $null, $null, $null)
    }
})
$global:Button1ClickedSub = Register-EngineEvent -SourceIdentifier 'Button1Clicked' -Action {
    param ($Sender)
    Write-Host -Object $Sender
}
$global:WindowClosedSub = Register-EngineEvent -SourceIdentifier 'WindowClosed' -Action {
    Write-Host -Object 'The GUI has been closed.'
    Unregister-Event -SubscriptionId $Button1ClickedSub.Id
    Remove-Job -InstanceId $Button1ClickedSub.InstanceId
    Unregister-Event -SubscriptionId $ErrorsOccurredSub.Id
    Remove-Job -InstanceId $ErrorsOccurredSub.InstanceId
    $RunSpace.Close()
    $RunSpace.dispose()
    Unregister-Event -SubscriptionId $WindowClosedSub.Id
    Remove-Job -InstanceId $WindowClosedSub.InstanceId
}
$global:ErrorsOccurredSub = Register-EngineEvent -SourceIdentifier 'ErrorsOccurred' -Action {
    Write-Host -Object "Errors Occurred: $($SyncedHashtable.errorMessage)"
}
$AsyncHandle = $PowerShell.BeginInvoke()
"runspaces while the GUI runs: $((Get-Runspace).Count - $before)"
$deadline = [datetime]::Now.AddSeconds(8)
while ($RunSpace.RunspaceStateInfo.State -ne 'Closed' -and [datetime]::Now -lt $deadline) {
    Start-Sleep -Milliseconds 50
}
Start-Sleep -Milliseconds 100
"leftover runspaces: $((Get-Runspace).Count - $before)"
"subscribers: $(@(Get-EventSubscriber).Count)"
"jobs: $(@(Get-Job).Count)"
