# Variables can be made read-only or constant; -Force overwrites read-only but not constant.
Set-Variable -Name ro -Value 1 -Option ReadOnly
Set-Variable -Name ro -Value 2 -Force
$ro
New-Variable -Name fixed -Value 1 -Option Constant
try { Set-Variable -Name fixed -Value 2 -Force -ErrorAction Stop } catch { 'constant stays' }
$fixed
(Get-Variable -Name ro).Options
