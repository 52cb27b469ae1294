# Export-Alias writes aliases as pwsh's CSV (or Set-Alias script) file after a comment header; Import-Alias defines them again
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-alias-" + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $dir
try {
    Set-Alias zqexp1 Get-Date -Description 'first one'
    Set-Alias zqexp2 Get-Verb -Option ReadOnly
    $csv = Join-Path $dir 'aliases.csv'
    Export-Alias -Path $csv -Name zqexp*
    $lines = Get-Content $csv
    $lines[0]
    $lines[1].StartsWith('# Exported by : ')
    $lines[2].StartsWith('# Date/Time : ')
    $lines[3].StartsWith('# Computer : ')
    $lines | Where-Object { $_ -notlike '#*' }
    $ps1 = Join-Path $dir 'aliases.ps1'
    Export-Alias -Path $ps1 -Name zqexp1 -As Script -Description "line one`nline two"
    Get-Content $ps1 | Select-Object -Skip 4
    (Export-Alias -Path (Join-Path $dir 'p.csv') -Name zqexp1 -PassThru).Definition
    Remove-Alias zqexp1
    Remove-Alias zqexp2 -Force
    Import-Alias -Path $csv
    (Get-Alias zqexp1).Definition + ' | ' + (Get-Alias zqexp1).Description
    (Get-Alias zqexp2).Options.ToString()
    Import-Alias -Path $csv -ErrorAction SilentlyContinue -ErrorVariable e
    $e.Count
    $e[0].FullyQualifiedErrorId
    (Import-Alias -Path $csv -Force -PassThru).Name -join ','
    Set-Content -Path (Join-Path $dir 'bad.csv') -Value '"a","b"'
    try { Import-Alias -Path (Join-Path $dir 'bad.csv') } catch { $_.FullyQualifiedErrorId }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
