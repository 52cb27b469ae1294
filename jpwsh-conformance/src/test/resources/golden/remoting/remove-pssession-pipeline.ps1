# A session piped to Remove-PSSession binds to -Session: the default set (Id) needs -Id, which input cannot give, so binding keeps the sets input can complete, as pwsh does; without input -Id is still asked for
#! timeout: 40
function Add-Session {
    [CmdletBinding()]
    param($Runspace)
    [System.Management.Automation.Runspaces.PSSession]::Create($Runspace, $null, $PSCmdlet)
}
$first = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$first.Open()
$second = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$second.Open()
$one = Add-Session $first
$two = Add-Session $second
$one | Remove-PSSession
$first.RunspaceStateInfo.State
@(Get-PSSession).Count
Get-PSSession | Remove-PSSession
$second.RunspaceStateInfo.State
@(Get-PSSession).Count
try { Remove-PSSession -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
