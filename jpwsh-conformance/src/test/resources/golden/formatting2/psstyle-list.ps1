# $PSStyle's list view: each escape sequence shown with `e for the escape character (plain text when redirected), OutputRendering, Formatting, Progress, FileInfo and the colours; the OSC indicator line (newer than 7.4) is left out.
$PSStyle | Out-String -Stream | Where-Object { $_ -notmatch 'OSCIndicator' }
