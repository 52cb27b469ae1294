# Get-Help -Parameter returns the help object of each parameter its names or wildcard patterns match (pattern by pattern, each in help order), and pwsh's NoParmsFound error naming the first pattern when none matches
function Get-Thing {
    <#
    .SYNOPSIS
    Gets a thing.
    .PARAMETER Name
    The name.
    .PARAMETER Count
    How many.
    #>
    param([string]$Name, [int]$Count, [switch]$Force)
}
"C*: $((Get-Help Get-Thing -Parameter C* | ForEach-Object name) -join ',')"
"*o*: $((Get-Help Get-Thing -Parameter *o* | ForEach-Object name) -join ',')"
"two names: $((Get-Help Get-Thing -Parameter Force, Name | ForEach-Object name) -join ',')"
"description: $((Get-Help Get-Thing -Parameter Count).description.Text)"
Get-Help Get-Thing -Parameter Nope, Other -ErrorAction SilentlyContinue -ErrorVariable missing
"error: $($missing[0].FullyQualifiedErrorId) $($missing[0].CategoryInfo.Category)"
"message: $($missing[0])"
