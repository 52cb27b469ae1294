# A native program's output redirected with > or >> goes to the file as its raw bytes, as in pwsh 7.4: no newline
# is added or changed, NUL and 0xFF survive; the output of a cmdlet still becomes lines of text.
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-redirect-" + [guid]::NewGuid())
if (-not $dir.Contains("jpwsh-redirect-")) { throw "no folder" }
$null = New-Item -ItemType Directory -Path $dir
try {
    $file = Join-Path $dir out.bin
    printf 'a\000b\r\n\377no newline' > $file
    od -An -tx1 $file | ForEach-Object { $_.Trim() }
    printf 'more' >> $file
    [System.IO.File]::ReadAllBytes($file).Length
    printf 'x\n' > $file
    [System.IO.File]::ReadAllBytes($file) -join ','
    'text' > $file
    printf 'tail' >> $file
    [System.IO.File]::ReadAllBytes($file) -join ','
} finally {
    Remove-Item -LiteralPath $dir -Recurse -Force
}
