# Redirections are followed up to -MaximumRedirection; beyond it the 3xx is an error; POST becomes GET on 302 and 303
#! args: @WEBSERVER@
param($Base)
(Invoke-RestMethod "$Base/redirect/3").path
(Invoke-RestMethod "$Base/redirect/2" -MaximumRedirection 3).path
try { Invoke-WebRequest "$Base/redirect/3" -MaximumRedirection 2 } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
$r = Invoke-WebRequest "$Base/redirect/1" -MaximumRedirection 0 -SkipHttpErrorCheck -ErrorVariable redirectError -ErrorAction SilentlyContinue
"$($r.StatusCode) $($r.Headers.Location)"
$redirectError[0].FullyQualifiedErrorId
$redirectError[0].ErrorDetails.Message
$post = Invoke-RestMethod "$Base/redirect/0" -Method Post -Body 'x'
"$($post.method) $($post.path) [$($post.body)]"
$post = Invoke-RestMethod "$Base/see-other" -Method Put -Body 'x'
"$($post.method) $($post.path) [$($post.body)]"
$kept = Invoke-RestMethod "$Base/redirect/0" -Method Post -Body 'x' -PreserveHttpMethodOnRedirect
"$($kept.method) $($kept.path) [$($kept.body)]"
$auth = Invoke-RestMethod "$Base/redirect/0" -Headers @{ Authorization = 'Bearer t' }
$null -eq $auth.headers.Authorization
$auth = Invoke-RestMethod "$Base/redirect/0" -Headers @{ Authorization = 'Bearer t' } -PreserveAuthorizationOnRedirect
$auth.headers.Authorization
