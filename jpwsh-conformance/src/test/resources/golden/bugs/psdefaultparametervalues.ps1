# $PSDefaultParameterValues: defaults for the parameters a call leaves out, by 'Command:Parameter' key
$PSDefaultParameterValues.Count
$saved = $PSDefaultParameterValues.Clone()
function Show-Defaults {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string] $Name, [switch] $Skip, [Parameter()] [string] $Note)
    "Name=$Name Skip=$Skip Note=$Note"
}
$PSDefaultParameterValues['Show-Defaults:Skip'] = $true
$PSDefaultParameterValues['show-def*:Note'] = { 'from a block' }
$PSDefaultParameterValues['Show-Defaults:Name'] = 'default name'
Show-Defaults
Show-Defaults -Name given
Show-Defaults -Skip:$false -Note written
# a key whose command matches no command changes nothing; a simple function takes no defaults
$PSDefaultParameterValues['Other-Command:Name'] = 'never'
function Plain { param($Name) "plain [$Name]" }
$PSDefaultParameterValues['Plain:Name'] = 'never'
Plain
# cmdlets take them too
$PSDefaultParameterValues['Select-Object:First'] = 2
1..5 | Select-Object
1..5 | Select-Object -First 3
$PSDefaultParameterValues['Disabled'] = $true
Show-Defaults
(1..5 | Select-Object).Count
$global:PSDefaultParameterValues = $saved
$PSDefaultParameterValues.Count
Show-Defaults
