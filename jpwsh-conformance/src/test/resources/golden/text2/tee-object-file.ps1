# Tee-Object -FilePath drives an Out-File item by item: the file is open before the first item passes; -Append, -Encoding, -LiteralPath, -Variable, and Out-File's error for a bad path
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-tee-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$f = Join-Path $dir 'out.txt'
'a', 'b', 'c' | Tee-Object -FilePath $f | ForEach-Object { "$_ exists=$(Test-Path $f)" }
Get-Content $f
'd' | Tee-Object -FilePath $f -Append | Out-Null
(Get-Content $f) -join ','
1, 2 | Tee-Object -FilePath $f -Encoding unicode | Out-Null
[System.IO.File]::ReadAllBytes($f)[0..3] -join ' '
1..3 | Tee-Object -Variable v | Out-Null
$v -join ','
[pscustomobject]@{ A = 1; B = 'x' }, [pscustomobject]@{ A = 2; B = 'y' } | Tee-Object -LiteralPath $f | Out-Null
Get-Content $f
try { 1 | Tee-Object -FilePath (Join-Path $dir 'no/such/file.txt') } catch { $_.FullyQualifiedErrorId }
if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
