# $PSBoundParameters holds only the parameters the caller passed, not defaults.
function Test-Bound {
    param($A, $B = 'default', [switch]$S)
    $PSBoundParameters.Count
    ($PSBoundParameters.Keys | Sort-Object) -join ','
    $PSBoundParameters.ContainsKey('B')
}
Test-Bound -A 1
Test-Bound 1 2 -S
