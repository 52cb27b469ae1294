# Get-ChildItem's table starts with its Directory: header and the UnixMode User Group LastWriteTime Size Name columns; Get-Location and Get-PSProvider print their tables (each through Format-Table: in one script the provider objects would otherwise follow the path table as lists, as in pwsh); the provider view's Capabilities and Drives columns have no width, so they share what Name leaves of the 120 columns, as pwsh's column width manager shares them
$root = Join-Path ([System.IO.Path]::GetTempPath()) ("jpwsh-golden-views-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$root/sub"
$null = New-Item -ItemType File -Path "$root/file.txt", "$root/sub/inner.txt"
$lines = (Get-ChildItem $root -Recurse | Out-String) -split "`n"
$lines[0..4] | ForEach-Object { $_.Replace($root, 'ROOT') }
$lines | Where-Object { $_ -like '    Directory:*' } | ForEach-Object { $_.Replace($root, 'ROOT') }
($lines | Where-Object { $_ -match '(sub|file\.txt|inner\.txt)$' }).Count
Set-Location /
Get-Location | Format-Table
Get-PSProvider | Format-Table
Remove-Item $root -Recurse
