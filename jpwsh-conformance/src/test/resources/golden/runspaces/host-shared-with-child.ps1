# Spec 7.2: a runspace created with $Host shares the console host: $Host.Runspace is the console's runspace, and Write-Host and warnings reach the console as well as the streams.
#! process: own
$Host.Runspace.Id
$Host.Runspace -eq [runspace]::DefaultRunspace
$child = [runspacefactory]::CreateRunspace($Host)
$child.Open()
$shell = [powershell]::Create()
$shell.Runspace = $child
[void]$shell.AddScript('Write-Host "child host line"; Write-Warning "child warning"; $Host.Runspace.Id; [runspace]::DefaultRunspace.Id -eq $Host.Runspace.Id')
$shell.Invoke()
$shell.Streams.Information[0].Tags -join ','
$shell.Streams.Warning[0].Message
$child.Dispose()
