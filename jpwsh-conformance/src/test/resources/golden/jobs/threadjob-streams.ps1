# Start-ThreadJob runs its block in another runspace with $using: values, arguments and piped $input; Receive-Job drains output and errors
$x = 'outer'
$j = 1..3 | Start-ThreadJob { param($a) "arg $a using $using:x"; Write-Error 'e1'; $input | ForEach-Object { $_ * 10 } } -ArgumentList 7
"$($j.GetType().FullName) $($j.PSJobTypeName) $($j.Location)"
$null = Wait-Job $j
"$($j.State) $($j.HasMoreData)"
Receive-Job $j 2>&1 | ForEach-Object { "got: $_" }
"after receive: $($j.HasMoreData)"
Receive-Job (Start-ThreadJob { 'main' } -InitializationScript { 'init' }) -Wait -AutoRemoveJob
