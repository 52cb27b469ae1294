# Import-LocalizedData finds <name>.psd1 in the UI culture's folder or its parents', runs it as restricted data, and writes or binds its value
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'jpwsh-' + [guid]::NewGuid())
$null = New-Item -ItemType Directory -Path (Join-Path $dir 'de-DE'), (Join-Path $dir 'fr')
try {
    Set-Content -Path (Join-Path $dir 'de-DE/strings.psd1') -Value "ConvertFrom-StringData @'`nhello = Hallo`n'@"
    Set-Content -Path (Join-Path $dir 'fr/strings.psd1') -Value "ConvertFrom-StringData 'hello = Bonjour'"
    Set-Content -Path (Join-Path $dir 'strings.psd1') -Value "@{ hello = 'neutral' }"
    Set-Content -Path (Join-Path $dir 'bad.psd1') -Value '$x = 1'
    Set-Content -Path (Join-Path $dir 'dated.psd1') -Value 'Get-Date -Year 2001 -Format yyyy'
    (Import-LocalizedData -FileName strings -BaseDirectory $dir -UICulture de-DE).hello
    (Import-LocalizedData -FileName strings.ps1 -BaseDirectory $dir -UICulture fr-CA).hello
    (Import-LocalizedData -FileName strings -BaseDirectory $dir -UICulture it-IT).hello
    Import-LocalizedData -BindingVariable bound -FileName strings -BaseDirectory $dir -UICulture de-DE
    $bound.hello
    '--- -SupportedCommand lets more commands run'
    Import-LocalizedData -FileName dated -BaseDirectory $dir -UICulture it-IT -SupportedCommand Get-Date
    try { Import-LocalizedData -FileName dated -BaseDirectory $dir -UICulture it-IT } catch {
        $_.FullyQualifiedErrorId
        ($_.Exception.Message -split "`n")[0].Replace($dir, '<dir>')
        $_.Exception.Message -match "The command 'Get-Date' is not allowed in restricted language mode"
    }
    '--- errors'
    try { Import-LocalizedData -FileName bad -BaseDirectory $dir -UICulture it-IT } catch {
        $_.FullyQualifiedErrorId
        ($_.Exception.Message -split "`n")[0].Replace($dir, '<dir>')
        $_.Exception.Message -match 'Assignment statements are not allowed'
    }
    Import-LocalizedData -FileName missing -BaseDirectory $dir -UICulture de-DE -ErrorVariable err -ErrorAction SilentlyContinue
    $err[0].FullyQualifiedErrorId
    $err[0].CategoryInfo.Category
    $err[0].Exception.Message.Replace($dir, '<dir>')
    try { Import-LocalizedData -FileName sub/strings.psd1 -BaseDirectory $dir } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
