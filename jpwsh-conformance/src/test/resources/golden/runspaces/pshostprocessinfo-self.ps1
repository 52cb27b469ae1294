# Get-PSHostProcessInfo lists this process once its pipe is up (a named-pipe runspace to itself waits for it): id, app domain None, no window title, and the pipe's file
#! timeout: 30
$rs = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$rs.Open()
$self = Get-PSHostProcessInfo -Id $PID
@($self).Count
$self.ProcessId -eq $PID
$self.AppDomainName
$self.MainWindowTitle -eq ''
Test-Path $self.GetPipeNameFilePath()
(Split-Path -Leaf $self.GetPipeNameFilePath()) -like "CoreFxPipe_PSHost.*.$PID.None.*"
(Get-PSHostProcessInfo).ProcessId -contains $PID
@(Get-PSHostProcessInfo -Id 2147483647).Count
$rs.Dispose()
