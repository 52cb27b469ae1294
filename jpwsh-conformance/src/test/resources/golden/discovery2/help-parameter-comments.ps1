# Get-Help takes a parameter's description from the comment just above it in the param block (a .PARAMETER section wins) and its default value from the default's text, in the help object and in the -Parameter and -Full text
function Get-Thing {
    <#
    .SYNOPSIS
    Gets a thing.
    .PARAMETER Count
    How many, from the .PARAMETER section.
    #>
    param(
        # The name of the thing.
        # It may span two lines.
        [Parameter(Mandatory)]
        [string]$Name,

        # This comment loses to the .PARAMETER section.
        [int]$Count = 1 + 2,

        [switch]$Force
    )
}
$help = Get-Help Get-Thing
foreach ($p in $help.parameters.parameter) {
    "$($p.name): [$($p.defaultValue)] $(($p.description | ForEach-Object Text) -join '|')"
}
(Get-Help Get-Thing -Parameter Name | Out-String).TrimEnd()
(Get-Help Get-Thing -Parameter Count | Out-String) -split "`n" | Where-Object { $_ -match 'Default value|from the' }
