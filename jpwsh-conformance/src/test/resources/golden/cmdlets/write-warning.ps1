# Write-Warning prints WARNING: lines on stdout unless $WarningPreference silences it.
Write-Warning 'first'
$WarningPreference = 'SilentlyContinue'
Write-Warning 'hidden'
$WarningPreference = 'Continue'
Write-Warning 'second'
Write-Warning 'quiet' -WarningAction SilentlyContinue
