# pwsh on Linux keeps the rcsn alias while Receive-PSSession, Connect-PSSession and Disconnect-PSSession are Windows-only commands
(Get-Alias rcsn).Definition
foreach ($name in 'rcsn', 'Receive-PSSession', 'Connect-PSSession', 'Disconnect-PSSession') {
    try {
        & $name
    } catch {
        $_.FullyQualifiedErrorId
        $_.Exception.Message.Split("'")[1]
    }
}
