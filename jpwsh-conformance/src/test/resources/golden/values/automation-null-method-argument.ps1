# AutomationNull passed to a .NET method's string parameter arrives as null (SSHConnectionInfo refuses a null host
# name, as PowerShell's SSHRemotingAPI tests check), where $null becomes an empty string, as in pwsh
try {
    [System.Management.Automation.Runspaces.SSHConnectionInfo]::new('user',
        [System.Management.Automation.Internal.AutomationNull]::Value,
        [System.Management.Automation.Internal.AutomationNull]::Value, 0)
} catch { $_.FullyQualifiedErrorId }
[System.Management.Automation.Runspaces.SSHConnectionInfo]::new('user', $null, $null, 0).ComputerName.Length
[string]::Concat($null, 'x')
