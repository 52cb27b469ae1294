# Seed 003 (Basic Parallel Processing Framework): Invoke-ParallelProcessing passes -Parameters and -ImportVariables, and sorts jobs into Success, Error (Write-Error) and Exception (throw)
. "$PSScriptRoot/_invoke-parallel-processing.ps1"

$Script = {
    param($n, $Offset)
    if ($n -eq 2) { Write-Error "bad $n" }
    if ($n -eq 3) { throw "boom $n" }
    $n * $Factor + $Offset
}
$Results = 1..4 | Invoke-ParallelProcessing -ScriptBlock $Script -Parameters @{ Offset = 1 } -ImportVariables @{ Factor = 3 }
$Results | Where-Object { $_ -isnot [bool] } | Sort-Object Input | ForEach-Object {
    "$($_.Input): $($_.Status), result [$($_.Result)], error [$($_.Error)]"
}
