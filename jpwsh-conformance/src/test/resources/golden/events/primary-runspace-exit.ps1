# When the console's runspace closes at the end of the script, every other runspace still open is disposed: their PowerShell.Exiting actions run too, after the console's own, each as its own runspace.
$rs = [runspacefactory]::CreateRunspace($Host)
$rs.Open()
$ps = [powershell]::Create()
$ps.Runspace = $rs
$null = $ps.AddScript({
    $global:me = [runspace]::DefaultRunspace.InstanceId
    Register-EngineEvent -SourceIdentifier PowerShell.Exiting -Action {
        Write-Host "child exiting in its own runspace: $([runspace]::DefaultRunspace.InstanceId -eq $global:me)"
    }
}).Invoke()
$null = Register-EngineEvent -SourceIdentifier PowerShell.Exiting -Action { Write-Host 'console exiting' }
'script ends'
