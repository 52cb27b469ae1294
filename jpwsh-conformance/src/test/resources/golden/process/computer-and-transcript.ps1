# Restart-Computer and Stop-Computer only say what they would do under -WhatIf and refuse with CommandFailed when
# they may not shut down (never in a test); Start-Transcript records what the console shows (output, host text, warnings, errors as shown) to a file between its header and
# footer, and Stop-Transcript without a transcript is an error.
Stop-Computer -WhatIf
Restart-Computer -WhatIf
try { Restart-Computer -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Stop-Computer -ComputerName 'elsewhere' } catch { $_.FullyQualifiedErrorId }
$dir = (mktemp -d).Trim()
(Start-Transcript -Path "$dir/t.txt").Replace($dir, 'DIR')
Write-Host 'shown and recorded'
'output recorded'
Write-Warning 'warning recorded'
Write-Error 'error recorded'
(Stop-Transcript).Replace($dir, 'DIR')
$text = cat "$dir/t.txt"
"start: $($text -contains 'PowerShell transcript start'), recorded: $($text -contains 'shown and recorded'), end: $($text -contains 'PowerShell transcript end')"
"output: $($text -contains 'output recorded'), warning: $($text -contains 'WARNING: warning recorded'), error: $($text -contains 'Write-Error: error recorded')"
rm -r $dir
try { Stop-Transcript } catch { "$($_.FullyQualifiedErrorId): $_" }
