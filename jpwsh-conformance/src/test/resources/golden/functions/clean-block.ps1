# The clean block runs last, even after a terminating error, and its success output is discarded.
function Use-Resource {
    [CmdletBinding()]
    param([switch]$Fail)
    end {
        'working'
        if ($Fail) { throw 'failed' }
    }
    clean {
        'discarded'
        $script:cleaned++
    }
}
$script:cleaned = 0
Use-Resource
try { Use-Resource -Fail } catch { "caught $_" }
$script:cleaned
