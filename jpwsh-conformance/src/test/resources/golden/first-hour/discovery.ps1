# First hour, discovery: finding commands, aliases, members and help, and formatting objects with Format-Table, Format-List and Out-String.
Get-Command Get-ChildItem | Out-Host
(Get-Command Get-ChildItem).Verb
(Get-Command Get-ChildItem).Noun
(Get-Command Get-ChildItem).ModuleName
Get-Alias dir | Out-Host
(Get-Alias gci).Definition
(Get-Verb -Verb Get).Group
'abc' | Get-Member -MemberType Property | Out-Host
[pscustomobject]@{ A = 1 } | Get-Member -MemberType NoteProperty | Out-Host
function Get-Thing { <# .SYNOPSIS
Gets a thing. #> param($Name) }
(Get-Help Get-Thing).Synopsis
$PSVersionTable.PSVersion.Major
$people = [pscustomobject]@{ Name = 'Ann'; Age = 31 }, [pscustomobject]@{ Name = 'Bob'; Age = 25 }
$people | Format-Table | Out-Host
$people | Format-Table -AutoSize -HideTableHeaders | Out-Host
$people | Format-Table Name, @{ Label = 'Next'; Expression = { $_.Age + 1 } } | Out-Host
$people | Format-List | Out-Host
$people | Format-List -Property Name | Out-Host
($people | Out-String -Stream).Count
(1, 2 | Out-String).Length
Get-Command -Name Get-Dat* -CommandType Cmdlet | Out-Host
(Get-Command -Verb Get -Noun Alias).Name
(Get-Command Get-Thing).CommandType
(Get-Command Get-ChildItem).Parameters.ContainsKey('Recurse')
Get-Alias -Definition Get-ChildItem | ForEach-Object Name
$answer = 42; Get-Variable answer | Out-Host
