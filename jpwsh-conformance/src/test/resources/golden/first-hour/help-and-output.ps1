# First hour, help and output: reading a function's help, shaping objects into custom, list and wide layouts, and finding what a command returns; each one-liner ends in Out-Host, as if typed at its own prompt.
function Get-Greeting { <#
.SYNOPSIS
Says hello.
.EXAMPLE
Get-Greeting -Name Ann
#> param([string]$Name = 'World') "Hello, $Name" }
Get-Greeting
Get-Greeting -Name Ann
Get-Help Get-Greeting | Out-Host
Get-Help Get-Greeting -Examples | Out-Host
(Get-Help Get-Greeting).Synopsis
(Get-Help Get-Greeting -Parameter Name).Name
Get-Greeting -? | Out-Host
(Get-Command Get-Greeting).Parameters.Keys -contains 'Name'
(Get-Command Get-Date).OutputType.Name -join ', '
(Get-Command Select-String).OutputType.Name -join ', '
$item = [pscustomobject]@{ Name = 'Ann'; Pet = [pscustomobject]@{ Kind = 'cat'; Age = 3 } }
$item | Format-Custom | Out-Host
$item | Format-List | Out-Host
$item.Pet | Format-Table | Out-Host
$item | Select-Object Name, @{ Name = 'PetKind'; Expression = { $_.Pet.Kind } } | Out-Host
$item.psobject.Properties.Name -join ', '
$item | Get-Member -MemberType NoteProperty | Out-Host
(1).psobject.TypeNames -join ', '
1..3 | Out-String -Stream | Measure-Object -Line | ForEach-Object Lines
'line one', 'line two' | Out-String -Stream | Select-Object -Last 1
Get-Alias -Name gm, ft, fl, fc | ForEach-Object { "$($_.Name) -> $($_.Definition)" }
