# $null piped into a script function is bound as pipeline input, also through PowerShell.Invoke($null)
function Show-Input { param([Parameter(ValueFromPipeline)]$InputObject) process { "got [$InputObject] null: $($null -eq $InputObject)" } }
$null | Show-Input
$value = $null
$value | Show-Input
filter Show-Item { "item [$_]" }
$null | Show-Item
$ps = [powershell]::Create()
$null = $ps.AddScript('function Show-Input { param([Parameter(ValueFromPipeline)]$InputObject) process { "hosted [$InputObject]" } }').Invoke()
$ps.Commands.Clear()
$ps.AddCommand('Show-Input').Invoke($null)
$ps.Commands.Clear()
$ps.AddCommand('Show-Input').Invoke(@($null, 2))
$ps.Dispose()
