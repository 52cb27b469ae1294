# -ThrottleLimit takes 1 to Int32.MaxValue and -TimeoutSeconds 0 to Int32.MaxValue/1000 ([ValidateRange()]): a value outside is ParameterArgumentValidationError before any task runs, with or without -AsJob
foreach ($call in { 1 | ForEach-Object -Parallel { 'ran' } -ThrottleLimit 0 },
                  { 1 | ForEach-Object -Parallel { 'ran' } -ThrottleLimit -1 },
                  { 1 | ForEach-Object -Parallel { 'ran' } -ThrottleLimit 0 -AsJob },
                  { 1 | ForEach-Object -Parallel { 'ran' } -TimeoutSeconds -1 },
                  { 1 | ForEach-Object -Parallel { 'ran' } -TimeoutSeconds 2147484 }) {
    try {
        & $call
        'not reached'
    } catch {
        $_.FullyQualifiedErrorId
        "$($_.CategoryInfo.Category) $($_.Exception.GetType().Name)"
        $_.Exception.Message
    }
}
@(Get-Job).Count
1 | ForEach-Object -Parallel { "ran $_" } -ThrottleLimit 1 -TimeoutSeconds 2147483
