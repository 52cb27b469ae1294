# A response's StatusCode is an Int32; its Headers list the response's own headers before its content's (Content-Type, Content-Length), as .NET's HttpResponseMessage splits them, for Invoke-WebRequest and -ResponseHeadersVariable alike
#! args: @WEBSERVER@
param($Base)
$r = Invoke-WebRequest "$Base/headers"
$r.StatusCode.GetType().FullName
$r.StatusCode
$content = 'Content-Type', 'Content-Length'
function Show-Order($headers) {
    $keys = @($headers.Keys)
    $contentAt = @(for ($i = 0; $i -lt $keys.Count; $i++) { if ($content -contains $keys[$i]) { $i } })
    $otherAt = @(for ($i = 0; $i -lt $keys.Count; $i++) { if ($content -notcontains $keys[$i]) { $i } })
    "content headers: $($contentAt.Count); others: $($otherAt.Count -ge 3); content last: $(($otherAt | Measure-Object -Maximum).Maximum -lt ($contentAt | Measure-Object -Minimum).Minimum)"
}
Show-Order $r.Headers
$r.Headers['X-Multi'] -join ','
$null = Invoke-RestMethod "$Base/headers" -ResponseHeadersVariable seen -StatusCodeVariable code
Show-Order $seen
$code.GetType().FullName
