# Errors from remote commands (Invoke-Command on a session to this process's own pipe, a Start-Job job) are RemotingErrorRecords that say where they came from: OriginInfo with the computer, the remote runspace and an empty job id, whose text is the computer; errors read straight off a remote runspace's PowerShell are plain records, as in pwsh
#! timeout: 40
$rs = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$rs.Open()
$s = [System.Management.Automation.Runspaces.PSSession]::Create($rs, $null, $null)
Invoke-Command -Session $s { Write-Error 'bad thing' } -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].OriginInfo.PSComputerName
$e[0].OriginInfo.RunspaceID -eq $rs.InstanceId
"$($e[0].OriginInfo.InstanceID)"
"$($e[0].OriginInfo)"
$e[0].pstypenames[0]
$e[0].OriginInfo.GetType().FullName
$j = Start-Job { Write-Error 'job error' }
$null = Wait-Job $j
Receive-Job $j -ErrorVariable je -ErrorAction SilentlyContinue
$je[0].OriginInfo.PSComputerName
$je[0].pstypenames[0]
$ps = [powershell]::Create(); $ps.Runspace = $rs
$null = $ps.AddScript("Write-Error 'raw'").Invoke()
$null -eq $ps.Streams.Error[0].OriginInfo
$ps.Streams.Error[0].pstypenames[0]
$rs.Close()
