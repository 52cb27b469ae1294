# A SessionStateCmdletEntry needs a cmdlet class: a type that is not one, or none, is refused when the entry is made
# (pwsh's CmdletInfo rules), rather than breaking the runspace later.
foreach ($type in ([string]), $null) {
    try {
        $null = [System.Management.Automation.Runspaces.SessionStateCmdletEntry]::new('Get-Thing', $type, $null)
        'accepted'
    } catch {
        '{0}: {1}' -f $_.Exception.InnerException.GetType().Name, $_.Exception.InnerException.Message
    }
}
$entry = [System.Management.Automation.Runspaces.SessionStateCmdletEntry]::new('Get-Now', [Microsoft.PowerShell.Commands.GetDateCommand], $null)
"accepted: $($entry.Name) -> $($entry.ImplementingType.FullName)"
