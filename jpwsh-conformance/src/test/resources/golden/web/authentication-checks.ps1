# -Authentication needs its -Credential or -Token, and conflicting body parameters are refused before any request
#! args: @WEBSERVER@
param($Base)
function Try-It([scriptblock]$Call) {
    try { & $Call; 'no error' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }
}
Try-It { Invoke-WebRequest "$Base/echo" -Authentication Basic }
Try-It { Invoke-RestMethod "$Base/echo" -Authentication Bearer }
Try-It { Invoke-RestMethod "$Base/echo" -Authentication OAuth -AllowUnencryptedAuthentication }
Try-It { Invoke-WebRequest "$Base/echo" -Body 'x' -InFile 'nothing.txt' }
Try-It { Invoke-WebRequest "$Base/echo" -Body 'x' -Form @{ a = 1 } }
Try-It { Invoke-WebRequest "$Base/echo" -InFile 'nothing.txt' -Form @{ a = 1 } }
(Invoke-RestMethod "$Base/echo" -Headers @{ Authorization = 'Basic dXNlcjpwYXNz' }).headers.Authorization
Invoke-RestMethod "$Base/basic" -Headers @{ Authorization = 'Basic dXNlcjpwYXNz' }
