# [ValidateRange()] failures give pwsh's messages, for a minimum and maximum and for each ValidateRangeKind
function Test-Bounds { param([ValidateRange(1, 10)][int]$n) "ok $n" }
function Test-Positive { param([ValidateRange('Positive')][int]$n) "ok $n" }
function Test-NonNegative { param([ValidateRange([System.Management.Automation.ValidateRangeKind]::NonNegative)][int]$n) "ok $n" }
function Test-Negative { param([ValidateRange('Negative')][int]$n) "ok $n" }
function Test-NonPositive { param([ValidateRange('NonPositive')][int[]]$n) "ok $n" }
Test-Bounds 5
Test-Positive 1
Test-NonNegative 0
Test-Negative -1
Test-NonPositive 0, -3
foreach ($call in { Test-Bounds 11 }, { Test-Bounds 0 }, { Test-Positive 0 }, { Test-NonNegative -1 }, { Test-Negative 0 }, { Test-NonPositive -1, 2 }) {
    try { & $call } catch { "$($_.FullyQualifiedErrorId): $_" }
}
