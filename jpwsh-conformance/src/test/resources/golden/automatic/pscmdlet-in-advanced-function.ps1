# $PSCmdlet in an advanced function exposes the parameter set and the invocation.
function Get-Info {
    [CmdletBinding()]
    param()
    $PSCmdlet.ParameterSetName
    $PSCmdlet.MyInvocation.MyCommand.Name
}
Get-Info
