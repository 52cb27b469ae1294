# [PSSession]::Create makes a session of a remote runspace opened through the runspace API (here over this process's own pipe): its columns, Invoke-Command on it, Get-PSSession listing it only when $PSCmdlet is given, and pwsh's errors for a local runspace and for a session that is no longer open
#! timeout: 40
$rs = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$rs.Open()
$s = [System.Management.Automation.Runspaces.PSSession]::Create($rs, 'Mine', $null)
$s.GetType().FullName
$s.Name -match '^Runspace\d+$'
$s.Transport, $s.ComputerName, $s.ComputerType, $s.State, $s.Availability -join ' '
"[$($s.ConfigurationName)]"
$s.Runspace -eq $rs
(Invoke-Command -Session $s { $PID }) -eq $PID
@(Get-PSSession).Count

function Add-Session {
    [CmdletBinding()]
    param($Runspace)
    [System.Management.Automation.Runspaces.PSSession]::Create($Runspace, $null, $PSCmdlet)
}
$listed = Add-Session $rs
(Get-PSSession).Id -contains $listed.Id
$listed.Id -gt $s.Id

try {
    [System.Management.Automation.Runspaces.PSSession]::Create([runspacefactory]::CreateRunspace(), $null, $null)
} catch {
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.InnerException.Message
}

$rs.Close()
$s.State, $s.Availability -join ' '
try {
    Invoke-Command -Session $s { 1 } -ErrorVariable icm -ErrorAction SilentlyContinue
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
$icm.FullyQualifiedErrorId
$icm.Exception.Message -replace $s.InstanceId, 'GUID' -replace $s.Name, 'NAME'
Remove-PSSession -Session $listed
@(Get-PSSession).Count
