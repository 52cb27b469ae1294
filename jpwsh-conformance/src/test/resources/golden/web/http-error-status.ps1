# A status outside 200-299 is an HttpResponseException (WebCmdletWebResponseException) detailed by the body, unless -SkipHttpErrorCheck
#! args: @WEBSERVER@
param($Base)
try { Invoke-WebRequest "$Base/status/404" } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().FullName
    $_.Exception.Message
    $_.ErrorDetails.Message
    [int]$_.Exception.Response.StatusCode
    $_.Exception.Response.ReasonPhrase
}
try { Invoke-RestMethod "$Base/json-error" } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
    $_.ErrorDetails.Message
}
$r = Invoke-WebRequest "$Base/status/503" -SkipHttpErrorCheck
"$($r.StatusCode) $($r.StatusDescription) $($r.Content)"
$text = Invoke-RestMethod "$Base/status/410" -SkipHttpErrorCheck -StatusCodeVariable code
"$code $text"
Invoke-RestMethod "$Base/json" -StatusCodeVariable code | Out-Null
$code
try { iwr "$Base/status/404" -ErrorAction SilentlyContinue; 'not reached' } catch { 'terminating' }
