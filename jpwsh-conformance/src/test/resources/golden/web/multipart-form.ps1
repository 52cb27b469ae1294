# -Form sends multipart/form-data: text fields, one part per element of a collection, a FileInfo as a file part
#! args: @WEBSERVER@
param($Base)
$dir = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "jpwsh-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $dir | Out-Null
try {
    $file = Join-Path $dir 'data.txt'
    Set-Content -Path $file -Value 'file body' -NoNewline
    $form = [ordered]@{ name = 'jpwsh'; tags = 'a', 'b'; upload = Get-Item $file }
    $echo = irm "$Base/echo" -Method Post -Form $form
    $echo.headers.'Content-Type' -match '^multipart/form-data; boundary="[0-9a-f-]{36}"$'
    $echo.body -split "`r`n" | Where-Object { $_ -and -not $_.StartsWith('--') } | ForEach-Object {
        if ($_ -like 'Content-Disposition:*') { ($_ -split ';')[1].Trim() } else { $_ }
    }
} finally {
    if ($dir) { Remove-Item -LiteralPath $dir -Recurse -Force }
}
