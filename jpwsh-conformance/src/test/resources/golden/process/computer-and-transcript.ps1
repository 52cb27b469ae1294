# Restart-Computer and Stop-Computer only say what they would do under -WhatIf and refuse with CommandFailed when
# they may not shut down (never in a test); Start-Transcript records host output to a file between its header and
# footer, and Stop-Transcript without a transcript is an error.
Stop-Computer -WhatIf
Restart-Computer -WhatIf
try { Restart-Computer -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Stop-Computer -ComputerName 'elsewhere' } catch { $_.FullyQualifiedErrorId }
$dir = (mktemp -d).Trim()
(Start-Transcript -Path "$dir/t.txt").Replace($dir, 'DIR')
Write-Host 'shown and recorded'
(Stop-Transcript).Replace($dir, 'DIR')
$text = cat "$dir/t.txt"
"start: $($text -contains 'PowerShell transcript start'), recorded: $($text -contains 'shown and recorded'), end: $($text -contains 'PowerShell transcript end')"
rm -r $dir
try { Stop-Transcript } catch { "$($_.FullyQualifiedErrorId): $_" }
