# Start-Job -FilePath runs a script file in the child with -ArgumentList, and -WorkingDirectory sets the child's location (the caller's location is the default)
#! timeout: 40
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ('job-dir-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory $dir
Set-Content -LiteralPath "$dir/job.ps1" -Value 'param($a, $b) "file: $a-$b"; (Get-Location).Path'
$here = (Get-Location).Path
$fromFile = Start-Job -FilePath "$dir/job.ps1" -ArgumentList x, y | Receive-Job -Wait -AutoRemoveJob
$fromFile[0]
$fromFile[1] -eq $here
(Start-Job { (Get-Location).Path } -WorkingDirectory $dir | Receive-Job -Wait -AutoRemoveJob) -eq $dir
Push-Location $dir
(Start-Job { (Get-Location).Path } | Receive-Job -Wait -AutoRemoveJob) -eq $dir
Pop-Location
Remove-Item -LiteralPath $dir -Recurse
