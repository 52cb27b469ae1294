# The remoting cmdlets resolve -KeyFilePath before they start ssh: a missing key file stops them with PathNotFound
foreach ($command in { New-PSSession -HostName localhost -UserName User -KeyFilePath NoKeyFile },
        { Invoke-Command -HostName localhost -UserName User -KeyFilePath NoKeyFile -ScriptBlock { 1 } }) {
    try { & $command; 'not reached' } catch { $_.FullyQualifiedErrorId }
}
