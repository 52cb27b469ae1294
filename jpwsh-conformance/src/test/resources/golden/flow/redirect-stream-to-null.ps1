# Redirecting one stream to $null drops only that stream; the others still reach the output or the host.
& { 'kept'; Write-Warning 'dropped'; Write-Verbose 'merged' -Verbose } 3>$null 4>&1 | ForEach-Object { "got $_" }
Write-Host 'silenced' 6>$null
Write-Debug 'debug record' -Debug 5>&1 | ForEach-Object { $_.GetType().Name; $_.Message }
