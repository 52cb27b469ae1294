# $block.GetSteppablePipeline() drives the block's one pipeline a step at a time: a proxy function that begins it with $PSCmdlet sends its output down its own pipeline, one begun with a flag returns the output of each step, and a block that is not one pipeline of commands is refused
function Select-Upper {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline = $true)] $InputObject, [int] $First = 2)
    begin {
        $wrapped = { ForEach-Object { "$_".ToUpper() } | Select-Object -First $First }.GetSteppablePipeline($MyInvocation.CommandOrigin)
        $wrapped.Begin($PSCmdlet)
    }
    process { $wrapped.Process($_) }
    end { $wrapped.End() }
}
'a', 'b', 'c' | Select-Upper | ForEach-Object { "<$_>" }
@('x', 'y' | Select-Upper -First 5).Count

$sorter = { Sort-Object -Descending }.GetSteppablePipeline()
$sorter.Begin($true)
"process gives: $($sorter.Process(3).Count) $($sorter.Process(5).Count)"
"end gives: $($sorter.End() -join ',')"

$counter = { Measure-Object }.GetSteppablePipeline()
$counter.Begin($true)
foreach ($i in 1..4) { $null = $counter.Process($i) }
$counter.End().Count

$noInput = { Write-Output 'without input' }.GetSteppablePipeline()
$noInput.Begin($false)
$noInput.End()

foreach ($block in { 1; 2 }, { 1 + 1 }, { begin { } end { Get-Date } }) {
    try { $null = $block.GetSteppablePipeline() } catch {
        $_.FullyQualifiedErrorId
        $_.Exception.InnerException.Message
    }
}

# oss is Out-String -Stream under a short name
1, 2 | oss
(@{ Name = 'value' } | oss -Width 30).Count
