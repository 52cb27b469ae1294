# $null written by Write-Output is pipeline input like any other object
Write-Output $null | ForEach-Object { "[$_]" }
function Show-Item { process { "item [$_]" } }
Write-Output $null | Show-Item
@(Write-Output $null).Count
@(Write-Output @()).Count
@(Write-Output 1, 2 -NoEnumerate).Count
Write-Output 1 2
# a mandatory parameter that takes pipeline input refuses $null
function Need-Value {
    param([Parameter(Mandatory, ValueFromPipeline)] $Value)
    process { "got $Value" }
}
try {
    $null | Need-Value -ErrorAction Stop
} catch {
    $_.Exception.Message
    $_.FullyQualifiedErrorId -replace ',.*'
}
5 | Need-Value
# without -ErrorAction Stop the refused input is a non-terminating error and the next input is bound
$values = 1, $null, 3 | Need-Value -ErrorVariable refused 2>$null
$values
$refused.Count
