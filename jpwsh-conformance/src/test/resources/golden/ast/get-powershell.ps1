# ScriptBlock.GetPowerShell turns a block of command pipelines into a PowerShell object; what it cannot convert fails as pwsh says
$ps = { Write-Output -InputObject 5 | Sort-Object -Descending }.GetPowerShell()
$ps.GetType().FullName
$ps.Commands.Commands.CommandText -join ' | '
$ps.Invoke()
$ps.Dispose()
{ param($n, $m) Get-Random -Minimum $n -Maximum $m }.GetPowerShell(5, 6).Invoke()
$word = 'hello'
{ Write-Output $using:word }.GetPowerShell().Invoke()
{ Write-Output $args }.GetPowerShell(@(1, 2)).Invoke() -join ','
{ Write-Output a; Write-Output b }.GetPowerShell().Invoke() -join ','
{ Write-Output -NoEnumerate $true }.GetPowerShell().Invoke()
$blocks = { 1 + 1 }, { Get-Date $x }, { Write-Output (Get-Date) }, { Write-Output { 1 } }, { if ($true) { 1 } },
    { . Get-Date }, { }, { & { 1 } }, { Get-Date > /tmp/x }, { begin { } end { Get-Date } }, { trap { } Get-Date }
foreach ($bad in $blocks) {
    try { $null = $bad.GetPowerShell(); "converted: $bad" } catch { $_.Exception.InnerException.Message }
}
