# Get-Command finds commands by wildcard, type, verb, noun and parameter name, sorted by type then name, and reports names that mean nothing
function Zqx-Beta { param($Size) }
function Zqx-Alpha { [CmdletBinding()] param([Alias('Sz')]$Width) }
Set-Alias zqxa Zqx-Alpha
Set-Alias Zqx-Gamma Zqx-Beta
(Get-Command zqx*).ForEach({ $_.CommandType.ToString() + ' ' + $_.Name })
'--'
(Get-Command -Name zqx* -CommandType Function).Name -join ','
(Get-Command -Name zqx* -CommandType Alias, Function).Name -join ','
(Get-Command -Verb Zqx).Name -join ','
(Get-Command -Noun Alpha -Verb Zq*).Name -join ','
(Get-Command Zqx-Beta, Zqx-Alpha -TotalCount 1).Name -join ','
(Get-Command -Name Zqx-* -TotalCount 1).Count
(Get-Command Zqx-* -ParameterName Width).Name -join ','
(Get-Command Zqx-* -ParameterName Sz).Name -join ','
(Get-Command Zqx-* -ParameterName S*).Name -join ','
(Get-Command Get-Verb, Get-Alias).Name -join ','
(Get-Command -Name Get-Verb -Module Microsoft.PowerShell.Utility).Name
(Get-Command -Name Get-Verb -Module Microsoft.PowerShell.Core -ErrorAction SilentlyContinue).Count
(Get-Command Microsoft.PowerShell.Utility\Get-Verb).Name
(Get-Command -Verb Get -Noun Verb).Name
(Get-Command -Noun Verb -Module Microsoft.PowerShell.Utility).Name
'--'
$r = Get-Command nosuch-zqx -ErrorAction SilentlyContinue -ErrorVariable e
$null -eq $r
$e.Count
$e[0].FullyQualifiedErrorId
$e[0].CategoryInfo.Category.ToString()
$e[0].TargetObject
$e[0].Exception.GetType().FullName
$e[0].Exception.Message
(Get-Command nosuch-zqx*).Count
Get-Command Zqx-Beta -ParameterName Nope -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
$e2[0].Exception.Message
try { Get-Command nosuch-zqx -ErrorAction Stop } catch { 'caught ' + $_.FullyQualifiedErrorId }
