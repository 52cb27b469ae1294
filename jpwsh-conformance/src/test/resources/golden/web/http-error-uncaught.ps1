# An uncaught 404 shows the concise error view with the response body as the message; the script goes on
#! args: @WEBSERVER@
param($Base)
Invoke-WebRequest -Uri "$Base/status/404"
'after the error'
