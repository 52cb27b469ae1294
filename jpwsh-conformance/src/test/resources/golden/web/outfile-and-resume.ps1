# -OutFile saves the content (a folder gets the address's last segment), -PassThru also writes the object, -Resume appends
#! args: @WEBSERVER@
param($Base)
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $dir | Out-Null
try {
    $file = Join-Path $dir 'out.bin'
    $written = Invoke-WebRequest "$Base/bytes/300" -OutFile $file
    $null -eq $written
    (Get-Item $file).Length
    $r = Invoke-WebRequest "$Base/bytes/20" -OutFile $file -PassThru
    "$($r.StatusCode) $($r.RawContentLength) $((Get-Item $file).Length) $($r.OutFile -eq $file)"
    Invoke-WebRequest "$Base/bytes/7" -OutFile $dir
    (Get-Item (Join-Path $dir '7')).Length
    irm "$Base/json" -OutFile (Join-Path $dir 'j.json')
    (Get-Content (Join-Path $dir 'j.json') -Raw | ConvertFrom-Json).name
    [System.IO.File]::WriteAllBytes($file, [byte[]](0, 1, 2, 3))
    Invoke-WebRequest "$Base/bytes/10" -OutFile $file -Resume
    [System.IO.File]::ReadAllBytes($file) -join ','
    (Invoke-WebRequest "$Base/bytes/10" -OutFile $file -Resume -PassThru).StatusCode
    [System.IO.File]::ReadAllBytes($file).Length
    [System.IO.File]::WriteAllBytes($file, [byte[]](9) * 12)
    Invoke-WebRequest "$Base/bytes/10" -OutFile $file -Resume
    [System.IO.File]::ReadAllBytes($file) -join ','
    try { Invoke-WebRequest "$Base/bytes/1" -Resume } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
    try { Invoke-WebRequest "$Base/bytes/1" -PassThru } catch { $_.FullyQualifiedErrorId }
    try { Invoke-WebRequest "$Base/bytes/1" -OutFile $dir -Resume } catch { $_.FullyQualifiedErrorId }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
