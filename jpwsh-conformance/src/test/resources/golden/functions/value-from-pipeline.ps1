# A ValueFromPipeline parameter receives each pipeline object in turn in the process block.
function Get-Square {
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline)] [int]$Number)
    process { $Number * $Number }
}
1..4 | Get-Square
Get-Square -Number 5
