# Invoke-WebRequest writes a BasicHtmlWebResponseObject for a JSON answer: status, decoded content, headers, raw content
#! args: @WEBSERVER@
param($Base)
$r = Invoke-WebRequest -Uri "$Base/echo?x=1"
$r.GetType().FullName
$r.StatusCode
$r.StatusDescription
$echo = $r.Content | ConvertFrom-Json
"$($echo.method) $($echo.path) $($echo.query)"
$r.Headers['content-type'] -join ','
$r.Headers.GetType().Name
$r.RawContentLength -eq [System.Text.Encoding]::UTF8.GetByteCount($r.Content)
($r.RawContent -split "`n")[0]
$r.RawContent.EndsWith($r.Content)
$r.Encoding.WebName
$r.Links.Count
$r.OutFile -eq $null
[int]$r.BaseResponse.StatusCode
$r.BaseResponse.IsSuccessStatusCode
$b = iwr "$Base/bytes/6"
$b.GetType().Name
$b.Content.GetType().Name
$b.Content -join ' '
$b.RawContentLength
