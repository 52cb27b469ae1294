# Write-Host joins its arguments with spaces or -Separator; colours add nothing when output is not a terminal.
Write-Host 'a' 'b' 'c'
Write-Host 1, 2, 3 -Separator ', '
Write-Host 'no' -NoNewline
Write-Host 'newline'
Write-Host
Write-Host 'green' -ForegroundColor Green
Write-Host 'on red' -ForegroundColor White -BackgroundColor DarkRed
Write-Host (1..3)
