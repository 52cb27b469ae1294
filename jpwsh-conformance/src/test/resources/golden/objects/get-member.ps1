# Get-Member lists members as MemberDefinition objects, sorted by member type then name, one group per distinct type
$o = [pscustomobject]@{ a = 1; b = 'x'; c = $null; d = @(1, 2) }
$o | Get-Member | ForEach-Object { "$($_.Name) $($_.MemberType) $($_.Definition)" }
'--- a string'
'abc' | Get-Member -Name ToUpper, Length, Chars | ForEach-Object { "$($_.TypeName) $($_.Name) $($_.MemberType) $($_.Definition)" }
'--- name wildcards and member type'
'abc' | Get-Member -Name Trim* -MemberType Method | ForEach-Object Name
'abc' | Get-Member -MemberType Properties | ForEach-Object Name
'--- one group per distinct type'
1, 'a', 2, 'b' | Get-Member -Name GetType | ForEach-Object { "$($_.TypeName) $($_.Definition)" }
'--- -InputObject takes the array itself'
(Get-Member -InputObject @(1, 2) -Name Length, Count | ForEach-Object { "$($_.TypeName) $($_.Name) $($_.Definition)" })
'--- hashtables show their own members, not their keys'
@{ k = 1 } | Get-Member -MemberType Property | ForEach-Object Name
'--- views'
$o | Get-Member -View Extended | ForEach-Object Name
$o | Get-Member -View Adapted | ForEach-Object Name
'--- -Force shows the hidden members'
'abc' | Get-Member -Force -Name ps*, get_Length | ForEach-Object { "$($_.Name) $($_.MemberType)" }
'--- -Static'
[math] | Get-Member -Static -Name Pow | ForEach-Object { "$($_.TypeName) $($_.MemberType) $($_.Definition)" }
'--- the result objects'
$m = 'abc' | Get-Member -Name Length
$m.GetType().FullName
$m.MemberType -eq 'Property'
"$m"
'--- errors'
Get-Member -ErrorVariable err -ErrorAction SilentlyContinue
$err[0].FullyQualifiedErrorId
$err[0].CategoryInfo.Category
$err[0].Exception.Message
$null | Get-Member -ErrorAction SilentlyContinue -ErrorVariable err2
$err2[0].FullyQualifiedErrorId
try { 'x' | Get-Member -MemberType Nope } catch { $_.FullyQualifiedErrorId }
