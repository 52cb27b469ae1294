# Export-Csv writes a file (UTF-8 without BOM by default) that Import-Csv reads back; -Append keeps the file's columns; -NoClobber, -Force, -Encoding, #TYPE
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    $f = Join-Path $dir 'data.csv'
    [pscustomobject]@{ A = 1; B = 'x' }, [pscustomobject]@{ A = 2; B = "two`nlines" } | Export-Csv -Path $f
    (Get-Content -LiteralPath $f -Raw).Replace("`n", '\n')
    [System.IO.File]::ReadAllBytes($f)[0]
    Import-Csv -Path $f | ForEach-Object { "$($_.A)|$($_.B.Replace("`n", '\n'))" }
    [pscustomobject]@{ B = 'y'; A = 3; C = 'dropped' } | Export-Csv -Path $f -Append
    Get-Content -LiteralPath $f | Select-Object -Last 1
    try { [pscustomobject]@{ A = 4 } | Export-Csv -Path $f -Append } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($dir, 'DIR') }
    [pscustomobject]@{ A = 4 } | Export-Csv -Path $f -Append -Force
    Get-Content -LiteralPath $f | Select-Object -Last 1
    (Import-Csv $f).Count
    try { [pscustomobject]@{ A = 5 } | Export-Csv -Path $f -NoClobber } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($dir, 'DIR'); "$($_.CategoryInfo.Category)" }
    [pscustomobject]@{ A = 6 } | Export-Csv -LiteralPath $f -IncludeTypeInformation -Encoding utf8BOM -UseQuotes Never
    [System.IO.File]::ReadAllBytes($f)[0..2] -join ','
    $row = Import-Csv -LiteralPath $f
    $row.PSTypeNames -join ', '
    $row | ConvertTo-Csv -IncludeTypeInformation
    [pscustomobject]@{ A = 7 } | Export-Csv -Path $f -NoHeader
    Get-Content -LiteralPath $f
    Import-Csv -Path $f -Header Col | ForEach-Object Col
    [pscustomobject]@{ P = 'a'; Q = 'b' } | Export-Csv -Path $f -Delimiter "`t" -UseQuotes AsNeeded
    Import-Csv -Path $f -Delimiter "`t" | ForEach-Object { $_.Q }
    ipcsv (Join-Path $dir 'd*.csv') -Delimiter "`t" | ForEach-Object P
    [pscustomobject]@{ P = 'p' } | epcsv $f
    Get-Content $f
    try { Import-Csv -Path (Join-Path $dir 'missing.csv') } catch { $_.FullyQualifiedErrorId; $_.Exception.Message.Replace($dir, 'DIR'); "$($_.CategoryInfo.Category)" }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
