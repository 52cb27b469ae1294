# Parameter sets choose a set from the parameters given; $PSCmdlet.ParameterSetName names it.
function Find-Thing {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(ParameterSetName = 'ByName', Position = 0)] [string]$Name,
        [Parameter(ParameterSetName = 'ById')] [int]$Id
    )
    $PSCmdlet.ParameterSetName
}
Find-Thing -Name x
Find-Thing -Id 3
Find-Thing
try { Find-Thing -Name x -Id 3 } catch { $_.FullyQualifiedErrorId }
