# New-Guid, New-TimeSpan, New-TemporaryFile and Tee-Object -Variable
$r = 1, 2 | Tee-Object -Variable saved | ForEach-Object { $_ * 2 }
"$r / $saved"
$g = New-Guid
$g.GetType().FullName
$g.Guid.Length
$g.ToString() -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
(New-Guid -Empty).ToString()
'00000000-0000-0000-0000-000000000001' | New-Guid | ForEach-Object Guid
New-Guid -InputObject 'nope' -ErrorVariable ge -ErrorAction SilentlyContinue
$ge[0].FullyQualifiedErrorId
$t = New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5
$t.ToString()
$t.GetType().FullName
(New-TimeSpan -Start ([datetime]'2024-01-01') -End ([datetime]::new(2024, 1, 3, 12, 0, 0))).TotalHours
(New-TimeSpan -Hours 1).TotalMinutes
(New-TimeSpan -Start (Get-Date).AddDays(-1)).Days
$f = New-TemporaryFile
$f.GetType().FullName
$f.Extension
$f.Length
$f.DirectoryName + '/' -eq [System.IO.Path]::GetTempPath()
if ($f) { Remove-Item -LiteralPath $f.FullName }
Test-Path $f.FullName
