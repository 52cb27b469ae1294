# -SessionVariable makes a WebRequestSession that keeps cookies, -Headers and -UserAgent for the requests given it with -WebSession
#! args: @WEBSERVER@
param($Base)
Invoke-RestMethod "$Base/set-cookie" -SessionVariable session
$session.GetType().FullName
$session.Cookies.Count
$session.Cookies.GetCookies("$Base/echo") | ForEach-Object { "$($_.Name)=$($_.Value) $($_.Path)" }
(Invoke-RestMethod "$Base/echo" -WebSession $session).headers.Cookie
$null -eq (Invoke-RestMethod "$Base/echo").headers.Cookie
$null = Invoke-RestMethod "$Base/echo" -WebSession $session -Headers @{ 'X-Kept' = 'yes' } -UserAgent 'session-agent'
$echo = Invoke-RestMethod "$Base/echo" -WebSession $session
"$($echo.headers.'X-Kept') $($echo.headers.'User-Agent') $($session.Headers['X-Kept']) $($session.UserAgent)"
$session.MaximumRedirection
$null = Invoke-RestMethod "$Base/echo" -WebSession $session -MaximumRedirection 0
try { Invoke-RestMethod "$Base/redirect/0" -WebSession $session } catch { $_.Exception.Message }
try { Invoke-RestMethod "$Base/echo" -WebSession $session -SessionVariable other } catch { $_.FullyQualifiedErrorId }
