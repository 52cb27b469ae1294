# ForEach-Object -Parallel tasks and thread jobs start in the caller's location; each runspace has its own location
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-tasks-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$root/here"
Set-Content "$root/here/data.txt" 'relative read'
Set-Location "$root/here"
1..2 | ForEach-Object -Parallel { Get-Content data.txt }
1..2 | ForEach-Object -Parallel { $PWD.Path } | ForEach-Object { $_.Replace($root, 'ROOT') }
Start-ThreadJob { Get-Content data.txt } | Receive-Job -Wait -AutoRemoveJob
Start-ThreadJob { Set-Location ..; $PWD.Path } | Receive-Job -Wait -AutoRemoveJob | ForEach-Object { $_.Replace($root, 'ROOT') }
$PWD.Path.Replace($root, 'ROOT')
$runspace = [runspacefactory]::CreateRunspace()
$runspace.Open()
$shell = [powershell]::Create($runspace)
$null = $shell.AddScript("Set-Location '$root'; `$PWD.Path").Invoke()
$PWD.Path.Replace($root, 'ROOT')
$runspace.Dispose()
Set-Location ([System.IO.Path]::GetTempPath())
Remove-Item $root -Recurse
