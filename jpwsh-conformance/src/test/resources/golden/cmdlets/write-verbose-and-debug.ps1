# Write-Verbose and Write-Debug are silent until their preference is Continue, then print prefixed lines.
Write-Verbose 'not shown'
Write-Debug 'not shown'
$VerbosePreference = 'Continue'
Write-Verbose 'verbose on'
$DebugPreference = 'Continue'
Write-Debug 'debug on'
Write-Verbose 'forced off' -Verbose:$false
