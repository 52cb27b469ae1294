# Start-ThreadJob takes $using: variables only (the ThreadJob module reads each with GetVariableValue, so an unset
# one is $null); $using:a[1] or $using:a.Count is refused before the job is made.
$numbers = 1, 2, 3
$job = Start-ThreadJob { "sum: $(($using:numbers | Measure-Object -Sum).Sum); unset: [$using:neverSet]" }
$job | Receive-Job -Wait -AutoRemoveJob
foreach ($block in { $using:numbers[1] }, { $using:numbers.Count }) {
    try {
        Start-ThreadJob $block
    } catch {
        '{0}: {1}' -f $_.FullyQualifiedErrorId, $_.Exception.Message
    }
}
"jobs left: $(@(Get-Job | Where-Object PSJobTypeName -eq 'ThreadJob').Count)"
