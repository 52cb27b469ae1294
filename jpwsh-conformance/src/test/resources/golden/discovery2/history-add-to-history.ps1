# PowerShell.Invoke with AddToHistory adds the commands to its runspace history as they start (Running), which the calling session does not share
$ps = [powershell]::Create()
$settings = [System.Management.Automation.PSInvocationSettings]::new()
$settings.AddToHistory = $true
$null = $ps.AddScript('1 + 2').Invoke($null, $settings)
$ps.Commands.Clear()
$null = $ps.AddCommand('Get-History').Invoke()
$ps.Commands.Clear()
$h = $ps.AddCommand('Get-History').Invoke()
$h | % { "$($_.Id) $($_.CommandLine) $($_.ExecutionStatus)" }
$ps.Commands.Clear()
$ps.AddScript('Get-History | ForEach-Object { "$($_.Id) $($_.ExecutionStatus)" }').Invoke($null, $settings)
$ps.Commands.Clear()
try { $ps.AddScript('throw "no"').Invoke($null, $settings) } catch { 'caught' }
$ps.Commands.Clear()
$ps.AddCommand('Get-History').Invoke() | ForEach-Object { "$($_.Id) $($_.CommandLine) $($_.ExecutionStatus)" }
$ps.Dispose()
(Get-History | Measure-Object).Count
