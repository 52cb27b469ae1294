# -InFile sends a file's bytes as the body; a missing file or a folder is refused
#! args: @WEBSERVER@
param($Base)
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $dir | Out-Null
try {
    $file = Join-Path $dir 'in.txt'
    Set-Content -Path $file -Value 'from a file' -NoNewline
    $echo = Invoke-RestMethod "$Base/echo" -Method Put -InFile $file -ContentType 'text/plain'
    "$($echo.method) $($echo.headers.'Content-Type') $($echo.body)"
    Push-Location $dir
    try { (Invoke-RestMethod "$Base/echo" -Method Post -InFile 'in.txt').body } finally { Pop-Location }
    try { Invoke-RestMethod "$Base/echo" -Method Post -InFile $dir } catch { $_.FullyQualifiedErrorId }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
