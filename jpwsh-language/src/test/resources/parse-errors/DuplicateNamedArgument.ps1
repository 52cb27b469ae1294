function Set-Level {
    param(
        [Parameter(Mandatory = $true, Position = 0, Mandatory = $false)]
        [int]$Level
    )
    $Level
}
