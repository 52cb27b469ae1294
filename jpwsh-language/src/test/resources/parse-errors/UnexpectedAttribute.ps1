[CmdletBinding()]
function Get-Widget {
    param([string]$Name)
    "Widget $Name"
}
