# PowerShell.Invoke with AddToHistory adds the commands to its runspace history, which the calling session does not share
$ps = [powershell]::Create()
$settings = [System.Management.Automation.PSInvocationSettings]::new()
$settings.AddToHistory = $true
$null = $ps.AddScript('1 + 2').Invoke($null, $settings)
$ps.Commands.Clear()
$null = $ps.AddCommand('Get-History').Invoke()
$ps.Commands.Clear()
$h = $ps.AddCommand('Get-History').Invoke()
$h | % { "$($_.Id) $($_.CommandLine) $($_.ExecutionStatus)" }
$ps.Dispose()
(Get-History | Measure-Object).Count
