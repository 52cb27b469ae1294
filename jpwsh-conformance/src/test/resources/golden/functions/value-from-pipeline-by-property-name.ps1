# ValueFromPipelineByPropertyName binds the same-named property of each piped object, also through an alias.
function Format-Entry {
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName)] [string]$Name,
        [Parameter(ValueFromPipelineByPropertyName)] [Alias('Length')] [int]$Size
    )
    process { "$Name=$Size" }
}
[pscustomobject]@{ Name = 'a'; Size = 1 }, [pscustomobject]@{ Name = 'b'; Length = 2 } | Format-Entry
