# Write-Host in a session (this process's own pipe) and in a Start-Job job reaches this host as it would here, with -NoNewline kept
#! timeout: 40
$rs = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$rs.Open()
$s = [System.Management.Automation.Runspaces.PSSession]::Create($rs, $null, $null)
Invoke-Command -Session $s { Write-Host 'from the session' }
Invoke-Command -Session $s { 'output' }
Invoke-Command -Session $s { Write-Host 'no ' -NoNewline; Write-Host 'new line' }
Start-Job { Write-Host 'from a job' } | Receive-Job -Wait -AutoRemoveJob
$rs.Close()
