# A transcript records Write-Information only when the information preference shows it (not under SilentlyContinue), while Write-Host text is recorded whatever the preference
$dir = (mktemp -d).Trim()
$null = Start-Transcript -Path "$dir/t.txt"
Write-Information 'silent by preference'
Write-Information 'shown by action' -InformationAction Continue
$InformationPreference = 'SilentlyContinue'
Write-Host 'host text'
$InformationPreference = 'Continue'
Write-Information 'shown by preference'
Write-Information 'silent by action' -InformationAction SilentlyContinue
$null = Stop-Transcript
$text = Get-Content "$dir/t.txt"
foreach ($line in 'silent by preference', 'shown by action', 'host text', 'shown by preference', 'silent by action') {
    "${line}: $($text -contains $line)"
}
Remove-Item -Recurse $dir
