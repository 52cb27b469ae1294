# A -SSHConnection hashtable pwsh refuses stops New-PSSession with an Argument error, before any connection; so does -SSHTransport:$false
$tables = @{ ComputerName = 'localhost'; '' = 'noParameter' }, @{ HostName = $null },
    @{ ComputerName = 'localhost'; UnknownParameter = 'Hello' }, @{ UserName = 'UserName'; KeyFilePath = 'path' },
    @{ ComputerName = 'computerA'; hostname = 'computerB' }, @{ keyfilepath = 'pathA'; IdentityFilePath = 'pathB' }
foreach ($table in $tables) {
    try { New-PSSession -SSHConnection $table; 'not reached' } catch { $_.FullyQualifiedErrorId }
}
try { Invoke-Command -ScriptBlock { 'Hello' } -HostName localhost -UserName UserA -SSHTransport:$false } catch {
    $_.FullyQualifiedErrorId
}
