# Remove-Module takes a module and its exports out of the session; New-Module runs a script block as a dynamic module
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
Set-Content -Path (Join-Path $dir 'Greeter.psm1') -Value @'
$Greeting = 'hello'
function Get-Greeting { "$Greeting from Greeter" }
Export-ModuleMember -Function Get-Greeting -Variable Greeting
'@
Import-Module (Join-Path $dir 'Greeter.psm1')
Get-Greeting
(Get-Module Greeter).Name
Remove-Module Greeter
@(Get-Module Greeter).Count
Test-Path Function:\Get-Greeting
Test-Path Variable:\Greeting
# by module object, and a name matching nothing
Import-Module (Join-Path $dir 'Greeter.psm1')
Get-Module Greeter | Remove-Module
@(Get-Module Greeter).Count
Remove-Module NoSuchModule -ErrorAction SilentlyContinue -ErrorVariable removeErrors
$removeErrors[0].FullyQualifiedErrorId
Remove-Module NoSuch* -ErrorVariable wildcardErrors
$wildcardErrors.Count
# New-Module: arguments, exported functions (all, or those -Function names), -ReturnResult
$m = New-Module -Name Counter -ArgumentList 5 -ScriptBlock {
    param($start)
    $count = $start
    function Step-Counter { $script:count++; $script:count }
    function Hidden-Helper { 'helper' }
    Export-ModuleMember -Function Step-Counter -Variable count
}
$m.Name
$m.GetType().FullName
Step-Counter
Step-Counter
Test-Path Function:\Hidden-Helper
$only = New-Module -Function Get-A -ScriptBlock { function Get-A { 'A' }; function Get-B { 'B' } }
$only.Name -like '__DynamicModule_*'
Get-A
Test-Path Function:\Get-B
New-Module -ReturnResult -ScriptBlock { param($x) "result $x" } -ArgumentList 42
(New-Module -AsCustomObject -ScriptBlock { $Size = 3; Export-ModuleMember -Variable Size }).Size
if ($dir) { Remove-Item -Recurse -Force -Path $dir }
