# Seed 003 (Basic Parallel Processing Framework, usage example 1): Invoke-ParallelProcessing squares 1..100 on a pool; List.Remove in its finally block adds a True per job to the output
. "$PSScriptRoot/_invoke-parallel-processing.ps1"

$Results = 1..100 | Invoke-ParallelProcessing -ScriptBlock { param($num) $num * $num } -ThrottleLimit 10
"output objects: $($Results.Count)"
"True values from `$Jobs.Remove(): $(@($Results | Where-Object { $_ -is [bool] }).Count)"
$Objects = @($Results | Where-Object { $_ -isnot [bool] })
"result objects: $($Objects.Count), statuses: $(($Objects.Status | Sort-Object -Unique) -join ', ')"
"sum of squares: $(($Objects | ForEach-Object { $_.Result[0] } | Measure-Object -Sum).Sum)"
$Objects | Sort-Object Input | Select-Object -First 3 | ForEach-Object { "$($_.Input) -> $($_.Result) ($($_.Result.GetType().Name))" }
