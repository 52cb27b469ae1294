# -Body as a hashtable (form fields, or the query of a GET), a string in -ContentType's charset, bytes; methods; -Uri escaping
#! args: @WEBSERVER@
param($Base)
function Show($echo) { "$($echo.method) q=$($echo.query) type=$($echo.headers.'Content-Type') body=$($echo.body)" }
Show (irm "$Base/echo" -Method Post -Body ([ordered]@{ name = 'a b&c'; n = 1; empty = $null }))
Show (irm "$Base/echo?x=1" -Body ([ordered]@{ y = 2; z = 'é' }))
Show (irm "$Base/echo" -Method Put -Body '{"a":1}' -ContentType 'application/json')
Show (irm "$Base/echo" -Method Patch -Body 'é' -ContentType 'text/plain; charset=iso-8859-1')
$sent = irm "$Base/echo" -Method Post -Body ([byte[]](104, 105)) -ContentType 'application/octet-stream'
Show $sent
Show (irm "$Base/echo" -Method Delete)
Show (irm "$Base/echo" -CustomMethod 'report' -Body 'x')
'a', 'b' | ForEach-Object { (irm "$Base/echo" -Method Post -Body $_ -ContentType 'text/plain').body }
Show (irm "$Base/echo" -Method Post)
(Invoke-RestMethod "$Base/echo?q=a b&r=é").query
