# Out-File writes a string as it is, carriage returns included, as pwsh writes raw text without changing it: a file with lone CRs between its lines reads back as those lines.
$file = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-out-file-cr-" + [guid]::NewGuid() + ".csv")
try {
    "h1,h2`r11,12`r21,22`r" | Out-File -FilePath $file
    ([System.IO.File]::ReadAllText($file) -replace "`r", '<CR>' -replace "`n", '<LF>')
    $rows = Import-Csv -Path $file
    $rows.Count
    $rows[1].h2
} finally {
    Remove-Item -LiteralPath $file -ErrorAction SilentlyContinue
}
