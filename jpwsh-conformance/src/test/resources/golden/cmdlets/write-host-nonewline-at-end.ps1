# Write-Host -NoNewline as the last output leaves the final line unterminated.
Write-Host 'start'
Write-Host 'end' -NoNewline
