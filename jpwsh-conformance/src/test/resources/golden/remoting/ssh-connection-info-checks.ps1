# SSHConnectionInfo's constructor refuses a port outside 0..65535 with .NET's ArgumentException (its Port setter does not check), and opening a runspace with a key file that does not exist fails with a FileNotFoundException inside the transport's error
try {
    [System.Management.Automation.Runspaces.SSHConnectionInfo]::new('u', 'localhost', 'k', 99999)
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.InnerException.GetType().FullName
    $_.Exception.InnerException.Message
}
$info = [System.Management.Automation.Runspaces.SSHConnectionInfo]::new('u', 'localhost', 'NoValidKeyFilePath', 22)
$info.Port = 70000
$info.Port
$info.Port = 22
$rs = [runspacefactory]::CreateRunspace($info)
try {
    $rs.Open()
} catch {
    $_.Exception.InnerException.InnerException.GetType().FullName
    $_.Exception.InnerException.InnerException.Message
    $_.Exception.InnerException.InnerException.FileName
}
$rs.Dispose()
