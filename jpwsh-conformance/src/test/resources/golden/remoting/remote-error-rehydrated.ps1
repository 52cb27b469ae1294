# An error from a session (this process's own pipe) or a Start-Job job comes back as pwsh rehydrates it: a RemoteException with the remote message, the remote error id and category info (activity, reason, target), shown under the remote command's name
#! timeout: 40
$rs = [runspacefactory]::CreateRunspace([System.Management.Automation.Runspaces.NamedPipeConnectionInfo]::new($PID))
$rs.Open()
$s = [System.Management.Automation.Runspaces.PSSession]::Create($rs, $null, $null)
$missing = Join-Path ([System.IO.Path]::GetTempPath()) 'no-such-item-r17c'
Invoke-Command -Session $s { param($p) Get-Item -LiteralPath $p } -ArgumentList $missing -ErrorVariable e -ErrorAction SilentlyContinue
$e.Count
$e[0].Exception.GetType().FullName
$e[0].Exception.Message -replace [regex]::Escape($missing), 'MISSING'
$e[0].FullyQualifiedErrorId
"$($e[0].CategoryInfo)" -replace [regex]::Escape($missing), 'MISSING'
$e[0].CategoryInfo.Activity
$e[0].CategoryInfo.Reason
$e[0].CategoryInfo.TargetType
$e[0].TargetObject -eq $missing
Invoke-Command -Session $s { Write-Error 'bad thing' -Category InvalidData -ErrorId BadThing } -ErrorVariable w -ErrorAction SilentlyContinue
"$($w[0].CategoryInfo)"
$w[0].Exception.Message
$j = Start-Job { Get-Item -LiteralPath /no-such-item-r17c }
$null = Wait-Job $j
Receive-Job $j -ErrorVariable je -ErrorAction SilentlyContinue
$je[0].Exception.GetType().FullName
$je[0].FullyQualifiedErrorId
"$($je[0].CategoryInfo)"
Remove-Job $j
Invoke-Command -Session $s { Get-Item -LiteralPath /no-such-item-r17c }
$rs.Close()
