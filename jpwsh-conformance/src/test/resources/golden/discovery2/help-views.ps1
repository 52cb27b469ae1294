# Get-Help lays out comment-based help as pwsh's help views do: the default view (RELATED LINKS always, REMARKS with the online hint when there are links), -Detailed, -Examples and -Full (common-parameters note, INPUTS, OUTPUTS, NOTES, each parameter's rows)
function Get-Widget {
    <#
    .SYNOPSIS
    Gets widgets.
    .DESCRIPTION
    Gets the widgets
    of a shelf.
    .PARAMETER Shelf
    The shelf to read.
    .EXAMPLE
    PS> Get-Widget -Shelf top

    Lists the top shelf.
    .INPUTS
    None.
    .OUTPUTS
    System.String
    .NOTES
    Widgets are small.
    .LINK
    https://example.com/widgets
    .LINK
    Get-Shelf
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][string]$Shelf, [switch]$All)
}
Get-Help Get-Widget
'=== detailed'
Get-Help Get-Widget -Detailed
'=== examples'
Get-Help Get-Widget -Examples
'=== full'
Get-Help Get-Widget -Full
'=== bare'
function Test-Bare { <# .SYNOPSIS
Does little. #> param($Value) }
Get-Help Test-Bare
