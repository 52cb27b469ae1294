# Compress-Archive and Expand-Archive: folders with their names, -Update, -Force, -PassThru, -LiteralPath and the module's errors
$root = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $root
try {
    Set-Location $root
    $null = New-Item -ItemType Directory -Path src/sub, src/empty
    Set-Content -Path src/a.txt -Value 'alpha'
    Set-Content -Path src/sub/b.txt -Value 'beta'
    Set-Content -Path single.txt -Value 'one'
    $zip = Compress-Archive -Path src -DestinationPath out -PassThru
    "$($zip.Name) $($zip -is [System.IO.FileInfo])"
    try { Compress-Archive -Path src -DestinationPath out.zip } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category)"; $_.Exception.Message -replace [regex]::Escape($root), 'ROOT' }
    try { Compress-Archive -Path nothere.txt -DestinationPath other.zip } catch { "$($_.FullyQualifiedErrorId)"; $_.Exception.Message }
    try { Compress-Archive -Path nomatch*.txt -DestinationPath other.zip } catch { "$($_.FullyQualifiedErrorId)" }
    try { Compress-Archive -Path single.txt, single.txt -DestinationPath other.zip } catch { "$($_.FullyQualifiedErrorId)"; $_.Exception.Message }
    "other.zip exists: $(Test-Path other.zip)"
    Compress-Archive -Path single.txt -DestinationPath out.zip -Update
    Expand-Archive -Path out.zip -DestinationPath x
    (Get-ChildItem -Recurse -Path x | ForEach-Object { $_.FullName.Substring($root.Length + 3) -replace '\\', '/' } | Sort-Object) -join ','
    Get-Content x/src/sub/b.txt
    Expand-Archive -Path out.zip -DestinationPath x -ErrorVariable ev -ErrorAction SilentlyContinue
    "errors: $($ev.Count) $($ev[0].FullyQualifiedErrorId)"
    Set-Content x/single.txt 'changed'
    Expand-Archive -Path out.zip -DestinationPath x -Force
    Get-Content x/single.txt
    Compress-Archive -LiteralPath single.txt -DestinationPath out.zip -Force -CompressionLevel NoCompression
    $items = Expand-Archive -LiteralPath out.zip -DestinationPath y -PassThru
    "$($items.Count) $($items[0].Name)"
    Expand-Archive out.zip
    "default destination: $(Test-Path out/single.txt)"
    try { Expand-Archive -Path missing.zip -DestinationPath z } catch { "$($_.FullyQualifiedErrorId)" }
    try { Expand-Archive -Path single.txt -DestinationPath z } catch { $_.Exception.Message -replace [regex]::Escape($root), 'ROOT' }
} finally {
    Set-Location ([System.IO.Path]::GetTempPath())
    if ($root -and (Test-Path -LiteralPath $root)) { Remove-Item -LiteralPath $root -Recurse -Force }
}
