function Get-Name {
    [CmdletBinding()]
    [string]
    param($Id)
    $Id
}
