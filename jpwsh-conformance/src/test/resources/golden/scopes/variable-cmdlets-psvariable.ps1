# Get-Variable writes the variables themselves (PSVariable: setting Value sets the variable), Set-Variable and
# New-Variable take -Description and -PassThru, Set-Variable without -Value keeps the value, and a -Scope number
# beyond the global scope is pwsh's ArgumentOutOfRange
$count = 5
$variable = Get-Variable count
$variable.GetType().FullName
$variable.Value = 7
$count
$variable | Format-List Name, Description, Value, Visibility, Options
Set-Variable limit 3 -Description 'how many' -PassThru | ForEach-Object { "$($_.Name) = $($_.Value): $($_.Description)" }
Set-Variable limit -Description 'changed'
"$limit, $((Get-Variable limit).Description)"
$made = New-Variable fresh -Option ReadOnly -PassThru
"$($made.Name) $($made.Options) $($null -eq $made.Value)"
@(Set-Variable quiet 1).Count
try { Get-Variable count -Scope 1 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
function Inner { Get-Variable -Name count -Scope 1 -ValueOnly }
Inner
(Get-Variable count | Get-Member -MemberType Property).Name -join ','
