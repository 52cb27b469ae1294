# Files and folders have pwsh's list view (Name, a file's Length, the times, Mode, LinkType, Target, a file's VersionInfo) and wide view (folders in brackets), each grouped under a Directory: header
$folder = Join-Path ([System.IO.Path]::GetTempPath()) "jpwsh-fsviews-$PID"
New-Item -ItemType Directory -Path $folder | Out-Null
New-Item -ItemType Directory -Path (Join-Path $folder 'sub') | Out-Null
Set-Content -Path (Join-Path $folder 'a.txt') -Value 'hello' -NoNewline
Get-ChildItem $folder | ForEach-Object { $_.LastWriteTime = [datetime]'2024-01-02 03:04:05' }
$text = Get-ChildItem $folder | Format-List | Out-String
($text -replace [regex]::Escape($folder), '<folder>') -split "`n" | Where-Object { $_ -notmatch '^(CreationTime|LastAccessTime)' }
(Get-ChildItem $folder | Format-Wide | Out-String) -replace [regex]::Escape($folder), '<folder>'
(Get-Item (Join-Path $folder 'a.txt') | Format-Wide -Column 1 | Out-String) -replace [regex]::Escape($folder), '<folder>'
Remove-Item -LiteralPath $folder -Recurse
