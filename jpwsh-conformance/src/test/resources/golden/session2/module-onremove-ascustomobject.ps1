# New-Module -AsCustomObject: the exported functions as script methods, the variables as note properties; Remove-Module runs the module's OnRemove; $ExecutionContext.SessionState.Module; Import-Module of a module New-Module made
$m = New-Module -ScriptBlock {
    $v = 5
    function Get-A { 'A' + $args[0] + $v }
    function Get-B($x) { "B$x" }
    function hidden { 'no' }
    Export-ModuleMember -Function Get-A, Get-B -Variable v
} -AsCustomObject
$m.PSObject.TypeNames[0]
$m | Get-Member -MemberType ScriptMethod, NoteProperty | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.MemberType)" }
$m.'Get-A'(3)
$m.'Get-B'(7)
$m.v
$made = New-Module -Name s2OnRemove -ScriptBlock {
    $state = 'module state'
    $ExecutionContext.SessionState.Module.OnRemove = { param($mod) "removing $($mod.Name): $state" }
    function Get-Where { $ExecutionContext.SessionState.Module.Name }
}
(Get-Module s2OnRemove) -eq $null
$made | Import-Module
(Get-Module s2OnRemove).Name
Get-Where
$null -eq $ExecutionContext.SessionState.Module
$made.OnRemove.GetType().FullName
Remove-Module s2OnRemove
(Get-Module s2OnRemove) -eq $null
Import-Module -ModuleInfo $made -PassThru | ForEach-Object Name
Get-Module s2OnRemove | Remove-Module
try { Remove-Module s2OnRemove -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
