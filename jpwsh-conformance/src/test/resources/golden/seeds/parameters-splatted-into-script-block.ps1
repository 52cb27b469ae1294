# Named parameters from a hashtable reach the per-item script block by splatting, as in seed 003.
function Invoke-WithParameters {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)] [object[]]$InputObject,
        [Parameter(Mandatory = $true)] [scriptblock]$ScriptBlock,
        [hashtable]$Parameters = @{}
    )
    process {
        foreach ($Item in $InputObject) { & $ScriptBlock $Item @Parameters }
    }
}
1..3 | Invoke-WithParameters -ScriptBlock { param($n, $Factor = 1, $Offset = 0) $n * $Factor + $Offset } -Parameters @{ Factor = 10; Offset = 1 }
Invoke-WithParameters -InputObject 'a', 'b' -ScriptBlock { param($s) $s.ToUpper() }
