$max = 10
function Set-Volume {
    param(
        [ValidateRange(1, $max)]
        [int]$Level
    )
    $Level
}
