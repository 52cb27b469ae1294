# $PSDefaultParameterValues: wildcard and alias keys, script-block values given the binding state, bad keys and conflicts warned about
function Show-It {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string] $Name, [Alias('N')] [string] $Note, [string] $Nickname, [switch] $Skip)
    "Name=$Name Note=$Note Nick=$Nickname Skip=$Skip"
}
$PSDefaultParameterValues['Show-It:Note'] = {
    param($state)
    'named:' + (@($state.BoundParameters) -join ',') + ' defaults:' + (@($state.BoundDefaultParameters) -join ',')
}
Show-It -Name x
Show-It -Name x -Note given
# a script block with no output gives no default; several outputs give an array
$PSDefaultParameterValues['Show-It:Note'] = { }
Show-It
$PSDefaultParameterValues['Show-It:Name'] = { 'a'; 'b' }
Show-It
# a positional argument takes the positional parameter, the default goes elsewhere
$PSDefaultParameterValues.Clear()
$PSDefaultParameterValues['Show-It:Name'] = 'default'
$PSDefaultParameterValues['Show-It:Nickname'] = 'nick'
Show-It positional
Show-It
# a pattern matching two parameters is ignored with a warning
$PSDefaultParameterValues.Clear()
$PSDefaultParameterValues['Show-It:N*'] = 'w'
Show-It -Name y
# an alias of the parameter and a quoted command part are read as pwsh reads them
$PSDefaultParameterValues.Clear()
$PSDefaultParameterValues[' "Show-It" : N '] = 'by alias'
Show-It -Name z
# two keys for one parameter with different values cancel each other
$PSDefaultParameterValues['Show-*:Note'] = 'other'
Show-It -Name z
# the session's table is a DefaultParameterDictionary: it trims keys and refuses one that is not Command:Parameter
$PSDefaultParameterValues.GetType().FullName
$PSDefaultParameterValues.Clear()
$PSDefaultParameterValues['  Show-It:Skip  '] = $true
$PSDefaultParameterValues.ContainsKey('Show-It:Skip')
try { $PSDefaultParameterValues['no colon'] = 1 } catch { $_.Exception.Message -match "The key 'no colon' does not have a valid format" }
try { $global:PSDefaultParameterValues = @{ 'a' = 1; ':b' = 2 } } catch { $_.Exception.Message -match "The keys '.*' do not have valid formats" }
$PSDefaultParameterValues.Keys
$global:PSDefaultParameterValues = @{ 'Show-It:Nickname' = 'assigned' }
$PSDefaultParameterValues.GetType().Name
Show-It
# a plain table in a function's scope: keys that are not Command:Parameter are removed with a warning
function Test-PlainTable {
    $PSDefaultParameterValues = [ordered]@{ 'no colon' = 1; ':NoCommand' = 1; 'Show-It:Skip' = $true }
    Show-It -Name w
    $PSDefaultParameterValues.Keys
    $PSDefaultParameterValues['Show-It:'] = 1
    Show-It -Name v
    $PSDefaultParameterValues.Count
}
Test-PlainTable
# a cmdlet named through one of its aliases, and a positional argument before the default's parameter
$PSDefaultParameterValues.Clear()
$PSDefaultParameterValues['select:First'] = 2
(1..5 | Select-Object).Count
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
'a' | Set-Content -Path (Join-Path $dir 'one.txt')
'b' | Set-Content -Path (Join-Path $dir 'two.log')
$PSDefaultParameterValues['Get-ChildItem:Filter'] = '*.log'
(Get-ChildItem $dir).Name
# Disabled turns the table off; an advanced script takes defaults by its file name
$PSDefaultParameterValues['Disabled'] = $true
(Get-ChildItem $dir).Name -join ','
$PSDefaultParameterValues.Remove('Disabled')
$script = Join-Path $dir 'Run-Me.ps1'
Set-Content -Path $script -Value '[CmdletBinding()] param([string] $Greeting) "script says $Greeting"'
$PSDefaultParameterValues['Run-Me.ps1:Greeting'] = 'hello'
& $script
& $script -Greeting bye
if ($dir) { Remove-Item -Recurse -Force -Path $dir }
$PSDefaultParameterValues.Clear()
