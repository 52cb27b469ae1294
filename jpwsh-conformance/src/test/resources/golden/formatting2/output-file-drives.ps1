# Out-File and Export-FormatData resolve their path through the session's drives (a New-PSDrive name, backslashes, -LiteralPath with [), and refuse a path on another provider with ReadWriteFileNotFileSystemProvider.
$d = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory $d
$null = New-PSDrive -Name OutTest -PSProvider FileSystem -Root $d
Get-FormatData System.Version | Export-FormatData -LiteralPath 'OutTest:\[f.ps1xml'
Test-Path -LiteralPath 'OutTest:\[f.ps1xml'
'x' | Out-File -FilePath 'OutTest:\sub\..\g.txt'
Get-ChildItem $d -Name | Sort-Object
try { 'x' | Out-File Env:nope } catch { $_.FullyQualifiedErrorId; "$_" }
Remove-PSDrive OutTest
if ($d) { Remove-Item -Recurse $d }
