# -Proxy sends the request through an HTTP proxy (the test server answers as the target would); -NoProxy and -Proxy exclude each other
#! args: @WEBSERVER@
param($Base)
$echo = Invoke-RestMethod 'http://target.invalid/echo?via=proxy' -Proxy $Base
"$($echo.path) $($echo.query) $($echo.headers.Host)"
(Invoke-RestMethod "$Base/echo" -NoProxy).path
try { Invoke-WebRequest "$Base/echo" -Proxy $Base -NoProxy } catch { $_.FullyQualifiedErrorId }
try { Invoke-WebRequest "$Base/echo" -Method Get -CustomMethod GET } catch { $_.FullyQualifiedErrorId }
try { Invoke-WebRequest "$Base/echo" -ProxyUseDefaultCredentials } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
