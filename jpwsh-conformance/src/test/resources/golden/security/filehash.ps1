# Get-FileHash: each algorithm's upper-case hex, -LiteralPath, wildcards, -InputStream, the FileHashInfo table, and pwsh's errors for a missing file, a folder and an unknown algorithm
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'abc.txt'
[System.IO.File]::WriteAllText($file, 'abc')
[System.IO.File]::WriteAllBytes((Join-Path $dir 'empty[1].bin'), [byte[]]@())
foreach ($algorithm in 'MD5', 'SHA1', 'SHA256', 'SHA384', 'sha512') {
    $h = Get-FileHash -Path $file -Algorithm $algorithm
    "$($h.Algorithm) $($h.Hash)"
}
$h = Get-FileHash $file
"type: $($h.GetType().FullName) path ok: $($h.Path -eq $file)"
(Get-FileHash -LiteralPath (Join-Path $dir 'empty[1].bin')).Hash
(Get-FileHash -Path (Join-Path $dir '*.txt') -Algorithm MD5).Hash
$stream = [System.IO.MemoryStream]::new([byte[]](97, 98, 99))
$s = Get-FileHash -InputStream $stream -Algorithm SHA1
"stream: $($s.Hash) path: '$($s.Path)'"
Get-FileHash -Path (Join-Path $dir 'missing.txt') -ErrorVariable bad -ErrorAction SilentlyContinue
foreach ($e in $bad) { "$($e.FullyQualifiedErrorId) | $($e.CategoryInfo.Category) | $($e.TargetObject -eq (Join-Path $dir 'missing.txt'))" }
"no match is no error: $(@(Get-FileHash -Path (Join-Path $dir 'nothing*.txt')).Count)"
Get-FileHash -Path $dir -ErrorVariable bad -ErrorAction SilentlyContinue
foreach ($e in $bad) { "$($e.FullyQualifiedErrorId) | $($e.CategoryInfo.Category)" }
try { Get-FileHash $file -Algorithm SHA3 } catch { "$($_.FullyQualifiedErrorId)" }
Remove-Item -LiteralPath $dir -Recurse
