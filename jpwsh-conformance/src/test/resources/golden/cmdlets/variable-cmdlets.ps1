# New-, Get-, Set-, Clear- and Remove-Variable manage variables by name.
New-Variable -Name alpha -Value 1
Get-Variable -Name alpha -ValueOnly
Set-Variable -Name alpha -Value 2
$alpha
(Get-Variable -Name alpha).Name
Clear-Variable -Name alpha
$null -eq $alpha
Remove-Variable -Name alpha
$null -eq (Get-Variable -Name alpha -ErrorAction SilentlyContinue)
