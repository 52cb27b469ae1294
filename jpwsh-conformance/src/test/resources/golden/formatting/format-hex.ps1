# Format-Hex shows strings (UTF-8), numbers of one type gathered together, byte arrays and files as 16-byte lines under a grouped Offset/Bytes/Ascii header.
function Show { process { $_ -replace '<[0-9A-F]{8}>', '<ID>' } }
'Hello, World! this is long' | Format-Hex | Out-String -Stream | Show
1, 2 | Format-Hex | ForEach-Object { $_.HexBytes }
[byte[]](65, 66, 0, 7) | Format-Hex | ForEach-Object { $_.HexBytes + '|' + $_.Ascii + '|' }
'abcdef' | Format-Hex -Offset 2 -Count 3 | ForEach-Object { $_.HexBytes }
'é' | Format-Hex -Encoding unicode | ForEach-Object { $_.HexBytes }
('x' | Format-Hex).Label -replace '<[0-9A-F]{8}>', '<ID>'
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    [System.IO.File]::WriteAllText("$dir/h.bin", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    Format-Hex -Path "$dir/h.bin" -Offset 2 -Count 20 | ForEach-Object { $_.HexOffset + ' ' + $_.Ascii }
    (Format-Hex -LiteralPath "$dir/h.bin")[0].Path -eq "$dir/h.bin"
    Format-Hex -Path "$dir/nope.bin" -ErrorAction SilentlyContinue -ErrorVariable e
    $e[0].FullyQualifiedErrorId
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
[pscustomobject]@{ A = 1 } | Format-Hex -ErrorAction SilentlyContinue -ErrorVariable bad
$bad[0].FullyQualifiedErrorId
