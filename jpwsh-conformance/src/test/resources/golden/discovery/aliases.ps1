# Get-Alias, New-Alias, Set-Alias and Remove-Alias manage the session's aliases with pwsh's options and errors
$a = Get-Alias gci
$a.GetType().FullName
$a.Name + ' -> ' + $a.Definition
$a.Options.ToString()
(Get-Alias cd).Options.ToString()
(Get-Alias foreach).Options.ToString()
$a.ResolvedCommand.Name
(Get-Alias -Definition Get-ChildItem).Name -join ','
Set-Alias -Name zqgreet -Value Write-Output -Description 'says it'
zqgreet hello
$z = Get-Alias zqgreet
$z.Description
$z.Options.ToString()
$z.Definition
(Get-Command zqgreet).ResolvedCommand.Name
Test-Path Alias:zqgreet
Set-Alias zqgreet Get-Verb
(Get-Alias zqgreet).Definition
New-Alias zqgreet Write-Output -ErrorAction SilentlyContinue -ErrorVariable e1
$e1[0].FullyQualifiedErrorId
$e1[0].CategoryInfo.Category.ToString()
$e1[0].Exception.Message
New-Alias zqgreet Write-Output -Force
(Get-Alias zqgreet).Definition
$p = New-Alias zqnew Get-Date -PassThru -Option ReadOnly
$p.Name + ' ' + $p.Options
Set-Alias zqnew Get-Verb -ErrorAction SilentlyContinue -ErrorVariable e2
$e2[0].FullyQualifiedErrorId
$e2[0].Exception.Message
Set-Alias zqnew Get-Verb -Force
(Get-Alias zqnew).Definition
Set-Alias gci Get-Date -ErrorAction SilentlyContinue -ErrorVariable e3
$e3[0].Exception.Message
Set-Alias zqx1 Get-Date
Set-Alias zqx2 Get-Date
Set-Alias zqy1 Get-Date
(Get-Alias zq?1).Name -join ','
(Get-Alias -Name zqx* -Exclude *2).Name -join ','
Remove-Alias zqx1, zqx2, zqy1
Set-Alias zqwhat Get-Date -WhatIf
Test-Path Alias:zqwhat
(Get-Alias zqnew).Options.ToString()
New-Alias zqro Get-Date -Option ReadOnly
try { Remove-Alias zqro } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Remove-Alias zqro, zqnew -Force
Remove-Alias zqgreet
Get-Alias zqgreet -ErrorAction SilentlyContinue -ErrorVariable e4
$e4[0].FullyQualifiedErrorId
$e4[0].Exception.Message
Get-Alias -Definition Nothing-Here -ErrorAction SilentlyContinue -ErrorVariable e5
$e5[0].Exception.Message
Remove-Alias zqgreet -ErrorAction SilentlyContinue -ErrorVariable e6
$e6[0].FullyQualifiedErrorId
(Get-Alias zq*).Count
function Use-Alias { Set-Alias zqinner Get-Verb; (zqinner -Verb Get).Verb }
Use-Alias
try { Set-Alias -Name zqscope -Value Get-Date -Scope bogus } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
try { Set-Alias -Name zqscope -Value Get-Date -Scope 99 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Get-Alias -Name zq* -Scope nowhere } catch { $_.FullyQualifiedErrorId }
Set-Alias -Name zqscope -Value Get-Date -Scope Global
(Get-Alias zqscope -Scope 0).Definition
