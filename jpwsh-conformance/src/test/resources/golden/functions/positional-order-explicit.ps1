# Explicit Position values decide positional binding, whatever the declaration order.
function Show-Order {
    [CmdletBinding()]
    param([Parameter(Position = 1)] $Second, [Parameter(Position = 0)] $First)
    "first=$First second=$Second"
}
Show-Order a b
