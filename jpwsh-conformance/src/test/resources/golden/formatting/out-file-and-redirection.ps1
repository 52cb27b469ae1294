# Out-File writes the text Out-Default shows; > and >> write the same text; -Append, -NoClobber, -NoNewline, -Encoding and a missing folder behave as in pwsh.
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    $o = [pscustomobject]@{ Name = 'pen'; Qty = 10 }
    $o | Out-File "$dir/a.txt"
    (Get-Content "$dir/a.txt" -Raw).Replace("`n", '|')
    $o > "$dir/b.txt"
    (Get-Content "$dir/b.txt" -Raw) -ceq (Get-Content "$dir/a.txt" -Raw)
    'more' >> "$dir/b.txt"
    (Get-Content "$dir/b.txt")[-1]
    'x', 'y' | Out-File "$dir/a.txt" -Append
    (Get-Content "$dir/a.txt").Count
    try { 'z' | Out-File "$dir/a.txt" -NoClobber } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($dir, 'DIR') }
    'a', 'b' | Out-File -LiteralPath "$dir/c.txt" -NoNewline
    Get-Content "$dir/c.txt" -Raw
    'é' | Out-File "$dir/d.txt" -Encoding utf8BOM
    (Get-Content "$dir/d.txt" -AsByteStream | ForEach-Object { '{0:X2}' -f $_ }) -join ' '
    try { 'q' | Out-File "$dir/missing/x.txt" } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($dir, 'DIR') }
    [pscustomobject]@{ Text = 'a long value that will not fit' } | Out-File "$dir/e.txt" -Width 20
    Get-Content "$dir/e.txt"
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
