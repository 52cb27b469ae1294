# Streams 3 to 6 can be merged into output too, or discarded with $null.
Write-Warning 'careful' 3>&1 | ForEach-Object { "warning record: $_" }
& { Write-Verbose 'chatty' -Verbose } 4>&1 | ForEach-Object { $_.GetType().Name }
Write-Information 'info' 6>&1 | ForEach-Object { "info: $_" }
Write-Error 'dropped' 2>$null
'out' > $null
& { 'output gone'; Write-Warning 'warning gone' } *>$null
'end'
