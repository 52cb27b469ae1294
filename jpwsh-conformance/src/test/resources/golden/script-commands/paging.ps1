# [CmdletBinding(SupportsPaging)] adds -First, -Skip and -IncludeTotalCount, read through $PSCmdlet.PagingParameters, whose NewTotalCount gives the count (a UInt64) with an Accuracy note and a text saying how sure it is.
function Get-Numbers {
    [CmdletBinding(SupportsPaging)]
    param()
    $all = 1..10
    $paging = $PSCmdlet.PagingParameters
    if ($paging.IncludeTotalCount) {
        $PSCmdlet.PagingParameters.NewTotalCount($all.Count, 1.0)
    }
    $skip = [int]$paging.Skip
    $take = [Math]::Min([uint64]$all.Count, $paging.First)
    $all | Select-Object -Skip $skip -First $take
}
(Get-Numbers) -join ','
(Get-Numbers -First 3) -join ','
(Get-Numbers -Skip 8) -join ','
(Get-Numbers -Skip 2 -First 2 -IncludeTotalCount) -join ','
$p = & { [CmdletBinding(SupportsPaging)] param() $PSCmdlet.PagingParameters }
"$($p.First) $($p.Skip) $($p.IncludeTotalCount) $($p.First.GetType().Name)"
"$($p.NewTotalCount(7, 0.5))"
"$($p.NewTotalCount(7, 0))"
$count = $p.NewTotalCount(12, 1.5)
'{0} {1} {2} {3} [{4}]' -f $count.GetType().FullName, $count.Accuracy, ($count + 1), ($count -eq 12), $count.ToString()
$p.NewTotalCount(3, -1).Accuracy
function Get-Plain { [CmdletBinding()] param() $null -eq $PSCmdlet.PagingParameters }
Get-Plain
try { Get-Plain -First 1 } catch { $_.FullyQualifiedErrorId }
