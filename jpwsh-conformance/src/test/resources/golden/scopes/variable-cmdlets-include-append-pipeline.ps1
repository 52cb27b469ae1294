# The variable cmdlets' -Include and -Exclude (wildcard filters on the names), wildcard -Name for Set- and
# Clear-Variable, Set-Variable -Append, a value piped into Set-/New-Variable, Clear-Variable -PassThru and its
# VariableNotFound, and -Scope private making the variable Private
$abcaVar = 'a'; $bcdaVar = 'b'; $aVarfoo = 'c'
Set-Variable -Name '*aV*' -Value 'overwrite' -Include '*Var*' -Exclude 'bcd*'
Get-Variable -Name '*aVar*' | ForEach-Object { "$($_.Name)=$($_.Value)" }
(Get-Variable -Include abca*, aVar* | ForEach-Object Name) -join ','
Set-Variable -Name first, second -Value 'set' -Exclude second
"$first, $($null -eq (Get-Variable second -ErrorAction SilentlyContinue))"
$list = 1
4..6 | Set-Variable -Name list -Append
$list -join ','
Set-Variable -Name nested -Value 1
Set-Variable -Name nested -Value @(2, 3) -Append
"$($nested.Count) $($nested[1] -join '+')"
try { Set-Variable -Name a, b -Value 1 -Append -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
'piped' | Set-Variable -Name fromPipe
1, 2, 3 | New-Variable -Name many
"$fromPipe $($many -join ',')"
(Clear-Variable -Name many -PassThru).Name
try { Clear-Variable -Name neverSet -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$tmp1 = 1; $tmpMine = 2
Remove-Variable -Name tmp* -Exclude *Mine
(Get-Variable -Name tmp* | ForEach-Object Name) -join ','
Set-Variable hidden 'x' -Option ReadOnly -Scope private
(Get-Variable hidden).Options
