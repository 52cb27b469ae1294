# Start-ThreadJob -ThrottleLimit takes 1 to 1000000 (the ThreadJob module's [ValidateRange()]): a value outside is ParameterArgumentValidationError, no job is made and the process-wide limit stays
#! process: own
foreach ($limit in 0, -1, 1000001) {
    try {
        Start-ThreadJob { 'ran' } -ThrottleLimit $limit
        'not reached'
    } catch {
        $_.FullyQualifiedErrorId
        "$($_.CategoryInfo.Category) $($_.Exception.GetType().Name)"
        $_.Exception.Message
    }
}
@(Get-Job).Count
Start-ThreadJob { 'ran' } -ThrottleLimit 1000000 | Receive-Job -Wait -AutoRemoveJob
