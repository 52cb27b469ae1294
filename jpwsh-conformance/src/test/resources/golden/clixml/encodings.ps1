# Export-Clixml writes UTF-8 without a byte order mark by default and honours -Encoding; Import-Clixml reads each back by its byte order mark
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
foreach ($encoding in 'utf8', 'utf8BOM', 'unicode', 'bigendianunicode', 'utf32') {
    $file = Join-Path $dir "$encoding.xml"
    "naïve $encoding" | Export-Clixml -Path $file -Encoding $encoding
    $bytes = [System.IO.File]::ReadAllBytes($file)
    $head = ($bytes[0..3] | ForEach-Object { '{0:X2}' -f $_ }) -join ' '
    "{0,-17} {1} -> {2}" -f $encoding, $head, (Import-Clixml -Path $file)
}
$file = Join-Path $dir 'default.xml'
'x' | Export-Clixml -Path $file
"default: $([System.IO.File]::ReadAllText($file).Split("`n")[0])"
Remove-Item -LiteralPath $dir -Recurse
